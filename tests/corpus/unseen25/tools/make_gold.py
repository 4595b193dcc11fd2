#!/usr/bin/env python3
"""Write the gold files of set 25 (2601-2620). The annotation is kept here as reviewable code.

usage: python3 tools/make_gold.py   (from tests/corpus/unseen25)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
GOLD = HERE / "gold"


def ent(type_, en, ar=None, aliases=(), iso=None, country=None):
    e = {"type": type_, "name": {"en": en}}
    if ar:
        e["name"]["ar"] = ar
    if type_ == "Country":
        e["iso"] = iso
    if type_ == "Place":
        e["country"] = country
    if aliases:
        e["aliases"] = list(aliases)
    return e


def P(en, ar=None, *aliases):
    return ent("Person", en, ar, aliases)


def C(iso, en, ar=None, *aliases):
    return ent("Country", en, ar, aliases, iso=iso)


def PL(en, country, ar=None, *aliases):
    return ent("Place", en, ar, aliases, country=country)


def I(en, ar=None, *aliases):
    return ent("Initiative", en, ar, aliases)


def O(en, ar=None, *aliases):
    return ent("Organization", en, ar, aliases)


def E(en, ar=None, *aliases):
    return ent("Event", en, ar, aliases)


def M(parts, date, place):
    return {"participants": list(parts), "date": date, "place": place}


def OF(person, title, country):
    return {"person": person, "title": title, "country": country}


def R(type_, frm, to, kind=None):
    r = {"type": type_, "from": frm, "to": to}
    if kind:
        r["kind"] = kind
    return r


DOCS = {}


def doc(name, lang, date, place, entities, meetings, offices, relations):
    DOCS[name] = {
        "document": {"file": name + ".txt", "lang": lang, "date": date, "place": place},
        "entities": entities,
        "meetings": meetings,
        "offices": offices,
        "relations": relations,
    }


BRI = "Belt and Road Initiative"

# ---------------------------------------------------------------- pair 1: Xi / Han Zheng - MBS
doc("2601_en", "en", "2019-02-22", "Beijing",
    [P("Xi Jinping", None, "Xi"),
     P("Mohammed bin Salman", None, "Mohammed bin Salman Al Saud"),
     P("Han Zheng", None, "Han"),
     C("CN", "China", None, "Chinese"),
     C("SA", "Saudi Arabia", None, "Saudi"),
     C("PK", "Pakistan"),
     C("IN", "India"),
     PL("Beijing", "CN"),
     I(BRI, None, "Belt and Road"),
     I("Saudi Vision 2030", None, "Vision 2030")],
    [M(["Xi Jinping", "Mohammed bin Salman"], "2019-02-22", "Beijing"),
     M(["Han Zheng", "Mohammed bin Salman"], "2019-02-22", "Beijing")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Mohammed bin Salman", "Crown Prince", "SA"),
     OF("Mohammed bin Salman", "Deputy Prime Minister", "SA"),
     OF("Mohammed bin Salman", "Minister", "SA")],
    [R("ALIGNED_WITH", BRI, "Saudi Vision 2030"),
     R("PARTNER_OF", "China", "Saudi Arabia", "comprehensive strategic partnership")])

doc("2602_ar", "ar", "2019-02-22", "Beijing",
    [P("Xi Jinping", "شي جين بينغ", "شي"),
     P("Mohammed bin Salman", "محمد بن سلمان بن عبد العزيز آل سعود", "محمد بن سلمان"),
     P("Han Zheng", "هان تشنغ", "هان"),
     C("CN", "China", "الصين", "الصيني"),
     C("SA", "Saudi Arabia", "المملكة العربية السعودية", "السعودية", "السعودي"),
     C("PK", "Pakistan", "باكستان"),
     C("IN", "India", "الهند"),
     PL("Beijing", "CN", "بكين"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق"),
     I("Saudi Vision 2030", "رؤية المملكة 2030", "رؤية 2030")],
    [M(["Xi Jinping", "Mohammed bin Salman"], "2019-02-22", "Beijing"),
     M(["Han Zheng", "Mohammed bin Salman"], "2019-02-22", "Beijing")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Mohammed bin Salman", "Crown Prince", "SA"),
     OF("Mohammed bin Salman", "Deputy Prime Minister", "SA"),
     OF("Mohammed bin Salman", "Minister", "SA")],
    [R("ALIGNED_WITH", BRI, "Saudi Vision 2030"),
     R("PARTNER_OF", "China", "Saudi Arabia", "comprehensive strategic partnership")])

# ---------------------------------------------------------------- pair 2: Xi - al-Sudani, Riyadh
doc("2603_en", "en", "2022-12-09", "Riyadh",
    [P("Xi Jinping", None, "Xi"),
     P("Mohammed Shia al-Sudani", None, "Al-Sudani"),
     C("CN", "China", None, "Chinese"),
     C("IQ", "Iraq", None, "Iraqi"),
     C("SA", "Saudi Arabia", None, "Saudi"),
     PL("Riyadh", "SA"),
     I(BRI, None, "Belt and Road"),
     O("Gulf Cooperation Council", None, "GCC"),
     E("China-Arab States Summit", None, "first China-Arab States Summit"),
     E("China-GCC Summit", None, "China-Gulf Cooperation Council Summit",
       "first China-Gulf Cooperation Council Summit")],
    [M(["Xi Jinping", "Mohammed Shia al-Sudani"], "2022-12-09", "Riyadh")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Mohammed Shia al-Sudani", "Prime Minister", "IQ")],
    [R("PARTNER_OF", "China", "Iraq", "strategic partnership")])

doc("2604_ar", "ar", "2022-12-09", "Riyadh",
    [P("Xi Jinping", "شي جين بينغ", "شي"),
     P("Mohammed Shia al-Sudani", "محمد شياع السوداني", "السوداني"),
     C("CN", "China", "الصين", "الصيني"),
     C("IQ", "Iraq", "العراق", "العراقي"),
     C("SA", "Saudi Arabia", "المملكة العربية السعودية", "السعودية"),
     PL("Riyadh", "SA", "الرياض"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق"),
     O("Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية"),
     E("China-Arab States Summit", "القمة الصينية-العربية", "القمة الصينية-العربية الأولى"),
     E("China-GCC Summit", "القمة الأولى بين الصين ومجلس التعاون لدول الخليج العربية")],
    [M(["Xi Jinping", "Mohammed Shia al-Sudani"], "2022-12-09", "Riyadh")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Mohammed Shia al-Sudani", "Prime Minister", "IQ")],
    [R("PARTNER_OF", "China", "Iraq", "strategic partnership")])

# ---------------------------------------------------------------- pair 3: Wang Yi - Manele
doc("2605_en", "en", "2019-09-21", "Beijing",
    [P("Wang Yi", None, "Wang"),
     P("Jeremiah Manele", None, "Manele"),
     C("CN", "China", None, "People's Republic of China", "Chinese"),
     C("SB", "Solomon Islands"),
     PL("Beijing", "CN"),
     PL("New York", "US"),
     O("United Nations")],
    [M(["Wang Yi", "Jeremiah Manele"], "2019-09-21", "Beijing")],
    [OF("Wang Yi", "Foreign Minister", "CN"),
     OF("Jeremiah Manele", "Foreign Minister", "SB")],
    [])

doc("2606_ar", "ar", "2019-09-21", "Beijing",
    [P("Wang Yi", "وانغ يي", "وانغ"),
     P("Jeremiah Manele", "جيريمايا مانيلي", "مانيلي"),
     C("CN", "China", "الصين", "جمهورية الصين الشعبية", "الصيني"),
     C("SB", "Solomon Islands", "جزر سليمان"),
     PL("Beijing", "CN", "بكين"),
     PL("New York", "US", "نيويورك"),
     O("United Nations", "الأمم المتحدة")],
    [M(["Wang Yi", "Jeremiah Manele"], "2019-09-21", "Beijing")],
    [OF("Wang Yi", "Foreign Minister", "CN"),
     OF("Jeremiah Manele", "Foreign Minister", "SB")],
    [])

# ---------------------------------------------------------------- pair 4: Xi - Morales
doc("2607_en", "en", "2018-06-19", "Beijing",
    [P("Xi Jinping", None, "Xi"),
     P("Evo Morales", None, "Morales"),
     C("CN", "China", None, "Chinese"),
     C("BO", "Bolivia", None, "Bolivian"),
     PL("Beijing", "CN"),
     I(BRI, None, "Belt and Road"),
     O("United Nations")],
    [M(["Xi Jinping", "Evo Morales"], "2018-06-19", "Beijing")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Evo Morales", "President", "BO")],
    [R("PARTNER_OF", "China", "Bolivia", "strategic partnership")])

doc("2608_ar", "ar", "2018-06-19", "Beijing",
    [P("Xi Jinping", "شي جين بينغ", "شي"),
     P("Evo Morales", "إيفو موراليس", "موراليس"),
     C("CN", "China", "الصين", "الصيني", "الصينية"),
     C("BO", "Bolivia", "بوليفيا", "البوليفي"),
     PL("Beijing", "CN", "بكين"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق"),
     O("United Nations", "الأمم المتحدة")],
    [M(["Xi Jinping", "Evo Morales"], "2018-06-19", "Beijing")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Evo Morales", "President", "BO")],
    [R("PARTNER_OF", "China", "Bolivia", "strategic partnership")])

# ---------------------------------------------------------------- English singles
doc("2609_en", "en", "2018-10-24", "Jerusalem",
    [P("Wang Qishan", None, "Wang"),
     P("Benjamin Netanyahu", None, "Netanyahu"),
     C("CN", "China", None, "Chinese"),
     C("IL", "Israel", None, "Israeli"),
     PL("Jerusalem", "IL"),
     PL("Beijing", "CN")],
    [M(["Wang Qishan", "Benjamin Netanyahu"], "2018-10-24", "Jerusalem"),
     M(["Wang Qishan", "Benjamin Netanyahu"], "2018-10-22", "Jerusalem")],
    [OF("Wang Qishan", "Vice President", "CN"),
     OF("Benjamin Netanyahu", "Prime Minister", "IL")],
    [R("PARTNER_OF", "China", "Israel", "innovative comprehensive partnership")])

doc("2610_en", "en", "2023-10-15", "Beijing",
    [P("Wang Yi", None, "Wang"),
     P("Faisal bin Farhan", None, "Faisal bin Farhan Al Saud", "Faisal"),
     C("CN", "China", None, "Chinese"),
     C("SA", "Saudi Arabia", None, "Saudi"),
     C("IL", "Israel", None, "Israeli"),
     C("PS", "Palestine", None, "Palestinian"),
     PL("Beijing", "CN"),
     O("Communist Party of China"),
     O("United Nations", None, "UN")],
    [],
    [OF("Wang Yi", "Foreign Minister", "CN"),
     OF("Faisal bin Farhan", "Foreign Minister", "SA")],
    [])

doc("2611_en", "en", "2022-05-28", "Apia",
    [P("Wang Yi", None, "Wang"),
     P("Fiame Naomi Mata'afa", None, "Fiame"),
     P("Tuimalealiifano Va'aletoa Sualauvi II", None, "Tuimalealiifano"),
     C("CN", "China", None, "Chinese"),
     C("WS", "Samoa", None, "Samoan"),
     C("SB", "Solomon Islands"),
     C("KI", "Kiribati"),
     C("FJ", "Fiji"),
     PL("Apia", "WS"),
     PL("Suva", "FJ"),
     E("China-Pacific Island Countries Foreign Ministers' Meeting", None,
       "second China-Pacific Island Countries Foreign Ministers' Meeting")],
    [M(["Wang Yi", "Fiame Naomi Mata'afa"], "2022-05-28", "Apia"),
     M(["Wang Yi", "Tuimalealiifano Va'aletoa Sualauvi II"], "2022-05-28", "Apia")],
    [OF("Wang Yi", "Foreign Minister", "CN"),
     OF("Fiame Naomi Mata'afa", "Prime Minister", "WS")],
    [])

doc("2612_en", "en", "2015-05-21", "Bogota",
    [P("Li Keqiang", None, "Li"),
     P("Juan Manuel Santos", None, "Santos"),
     P("Xi Jinping"),
     C("CN", "China", None, "Chinese"),
     C("CO", "Colombia", None, "Colombian"),
     C("BR", "Brazil"),
     C("PE", "Peru"),
     C("CL", "Chile"),
     PL("Bogota", "CO")],
    [M(["Li Keqiang", "Juan Manuel Santos"], "2015-05-21", "Bogota")],
    [OF("Li Keqiang", "Premier", "CN"),
     OF("Juan Manuel Santos", "President", "CO"),
     OF("Xi Jinping", "President", "CN")],
    [R("CONVEYED_GREETINGS", "Xi Jinping", "Juan Manuel Santos")])

doc("2613_en", "en", "2025-03-26", "Boao",
    [P("Ding Xuexiang", None, "Ding"),
     P("Sonexay Siphandone", None, "Sonexay"),
     P("Aren Palik", None, "Palik"),
     P("Luvsannyam Gantumur", None, "Gantumur"),
     P("Roman Sklyar", None, "Sklyar"),
     P("Paulo Rangel", None, "Rangel"),
     C("CN", "China", None, "Chinese"),
     C("LA", "Laos", None, "Lao"),
     C("FM", "Federated States of Micronesia", None, "Micronesia"),
     C("MN", "Mongolia", None, "Mongolian"),
     C("KZ", "Kazakhstan", None, "Kazakh"),
     C("PT", "Portugal", None, "Portuguese"),
     PL("Boao", "CN"),
     O("Communist Party of China"),
     E("Boao Forum for Asia Annual Conference 2025", None, "Boao Forum for Asia")],
    [M(["Ding Xuexiang", "Sonexay Siphandone"], "2025-03-26", "Boao"),
     M(["Ding Xuexiang", "Aren Palik"], "2025-03-26", "Boao"),
     M(["Ding Xuexiang", "Luvsannyam Gantumur"], "2025-03-26", "Boao"),
     M(["Ding Xuexiang", "Roman Sklyar"], "2025-03-26", "Boao"),
     M(["Ding Xuexiang", "Paulo Rangel"], "2025-03-26", "Boao")],
    [OF("Sonexay Siphandone", "Prime Minister", "LA"),
     OF("Aren Palik", "Vice President", "FM"),
     OF("Luvsannyam Gantumur", "Deputy Prime Minister", "MN"),
     OF("Roman Sklyar", "Deputy Prime Minister", "KZ"),
     OF("Paulo Rangel", "Foreign Minister", "PT")],
    [])

doc("2614_en", "en", "2024-05-29", "Beijing",
    [P("Han Zheng", None, "Han"),
     P("Natalia Kochanova", None, "Kochanova"),
     P("Xi Jinping"),
     P("Alexander Lukashenko"),
     C("CN", "China", None, "Chinese"),
     C("BY", "Belarus", None, "Belarusian"),
     PL("Beijing", "CN"),
     I(BRI, None, "Belt and Road")],
    [M(["Han Zheng", "Natalia Kochanova"], "2024-05-29", "Beijing")],
    [OF("Han Zheng", "Vice President", "CN"),
     OF("Natalia Kochanova", "Speaker", "BY"),
     OF("Xi Jinping", "President", "CN"),
     OF("Alexander Lukashenko", "President", "BY")],
    [R("PARTNER_OF", "China", "Belarus", "all-weather comprehensive strategic partnership")])

# ---------------------------------------------------------------- Arabic singles
GDI, GSI, GCI = "Global Development Initiative", "Global Security Initiative", "Global Civilization Initiative"

doc("2615_ar", "ar", "2024-02-28", "Beijing",
    [P("Xi Jinping", "شي جين بينغ", "شي"),
     P("Julius Maada Bio", "جوليوس مادا بيو", "بيو"),
     P("Zhao Leji", "تشاو له جي", "تشاو"),
     C("CN", "China", "الصين", "الصيني", "الصينية"),
     C("SL", "Sierra Leone", "سيراليون"),
     PL("Beijing", "CN", "بكين"),
     I(GDI, "مبادرة التنمية العالمية"),
     I(GSI, "مبادرة الأمن العالمي"),
     I(GCI, "مبادرة الحضارة العالمية")],
    [M(["Xi Jinping", "Julius Maada Bio"], "2024-02-28", "Beijing"),
     M(["Zhao Leji", "Julius Maada Bio"], "2024-02-28", "Beijing")],
    [OF("Xi Jinping", "President", "CN"),
     OF("Julius Maada Bio", "President", "SL")],
    [R("PROPOSED", "Xi Jinping", GDI),
     R("PROPOSED", "Xi Jinping", GSI),
     R("PROPOSED", "Xi Jinping", GCI),
     R("PARTNER_OF", "China", "Sierra Leone", "comprehensive strategic cooperative partnership")])

doc("2616_ar", "ar", "2019-03-25", "Cairo",
    [P("Abdel Fattah al-Sisi", "عبد الفتاح السيسي", "السيسي"),
     P("Wei Fenghe", "وي فنغ خه", "وي"),
     P("Xi Jinping", "شي جين بينغ"),
     C("EG", "Egypt", "مصر", "المصري", "المصرية"),
     C("CN", "China", "الصين", "الصيني"),
     PL("Cairo", "EG", "القاهرة"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق")],
    [M(["Abdel Fattah al-Sisi", "Wei Fenghe"], "2019-03-25", "Cairo")],
    [OF("Abdel Fattah al-Sisi", "President", "EG"),
     OF("Wei Fenghe", "Minister", "CN"),
     OF("Xi Jinping", "President", "CN")],
    [R("SUPPORTS", "Egypt", BRI),
     R("PARTNER_OF", "China", "Egypt", "comprehensive strategic partnership")])

doc("2617_ar", "ar", "2025-05-26", "Kuala Lumpur",
    [P("Li Qiang", "لي تشيانغ", "لي"),
     P("Sabah Khalid Al-Hamad Al-Sabah", "صباح خالد الحمد المبارك الصباح", "صباح خالد"),
     P("Xi Jinping", "شي جين بينغ"),
     P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح"),
     C("CN", "China", "الصين", "الصيني", "الصينية"),
     C("KW", "Kuwait", "دولة الكويت", "الكويت", "الكويتية"),
     C("MY", "Malaysia", "ماليزيا", "الماليزية"),
     PL("Kuala Lumpur", "MY", "كوالالمبور"),
     O("ASEAN", "رابطة دول جنوب شرق آسيا", "آسيان"),
     O("Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية", "مجلس التعاون الخليجي"),
     E("ASEAN-GCC-China Summit", "القمة الأولى بين آسيان ومجلس التعاون الخليجي والصين",
       "قمة رابطة دول جنوب شرق آسيا (آسيان) ومجلس التعاون لدول الخليج العربية والصين"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق"),
     I("Kuwait Vision 2035", "رؤية الكويت 2035")],
    [M(["Li Qiang", "Sabah Khalid Al-Hamad Al-Sabah"], "2025-05-26", "Kuala Lumpur")],
    [OF("Li Qiang", "Premier", "CN"),
     OF("Sabah Khalid Al-Hamad Al-Sabah", "Crown Prince", "KW"),
     OF("Xi Jinping", "President", "CN"),
     OF("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KW")],
    [R("ALIGNED_WITH", BRI, "Kuwait Vision 2035")])

doc("2618_ar", "ar", "2023-10-18", "Beijing",
    [P("Han Zheng", "هان تشنغ", "هان"),
     P("Thongloun Sisoulith", "ثونغلون سيسوليث", "ثونغلون"),
     P("Xi Jinping", "شي جين بينغ"),
     P("Antonio Guterres", "أنطونيو غوتيريش", "غوتيريش"),
     C("CN", "China", "الصين", "الصيني"),
     C("LA", "Laos", "لاوس", "اللاوسي"),
     PL("Beijing", "CN", "بكين"),
     O("Lao People's Revolutionary Party", "حزب الشعب الثوري اللاوي"),
     O("United Nations", "الأمم المتحدة"),
     E("Third Belt and Road Forum for International Cooperation",
       "الدورة الثالثة لمنتدى الحزام والطريق للتعاون الدولي",
       "منتدى الحزام والطريق للتعاون الدولي", "Belt and Road Forum for International Cooperation"),
     I(BRI, "الحزام والطريق"),
     I(GDI, "مبادرة التنمية العالمية"),
     I(GSI, "مبادرة الأمن العالمي"),
     I(GCI, "مبادرة الحضارة العالمية"),
     I("2030 Agenda for Sustainable Development", "خطة الأمم المتحدة 2030 للتنمية المستدامة")],
    [M(["Han Zheng", "Thongloun Sisoulith"], "2023-10-18", "Beijing"),
     M(["Han Zheng", "Antonio Guterres"], "2023-10-18", "Beijing")],
    [OF("Han Zheng", "Vice President", "CN"),
     OF("Thongloun Sisoulith", "President", "LA")],
    [])

doc("2619_ar", "ar", "2021-07-19", "Algiers",
    [P("Abdelmadjid Tebboune", "عبد المجيد تبون", "تبون"),
     P("Wang Yi", "وانغ يي", "وانغ"),
     P("Xi Jinping", "شي جين بينغ", "شي"),
     P("Ramtane Lamamra", "رمطان لعمامرة", "لعمامرة"),
     C("DZ", "Algeria", "الجزائر", "الجزائري"),
     C("CN", "China", "الصين", "الصيني"),
     PL("Algiers", "DZ", "الجزائر العاصمة"),
     O("Communist Party of China", "الحزب الشيوعي الصيني"),
     O("United Nations", "الأمم المتحدة"),
     I(BRI, "مبادرة الحزام والطريق", "الحزام والطريق")],
    [M(["Abdelmadjid Tebboune", "Wang Yi"], "2021-07-19", "Algiers"),
     M(["Wang Yi", "Ramtane Lamamra"], "2021-07-19", "Algiers")],
    [OF("Abdelmadjid Tebboune", "President", "DZ"),
     OF("Wang Yi", "Foreign Minister", "CN"),
     OF("Xi Jinping", "President", "CN"),
     OF("Ramtane Lamamra", "Foreign Minister", "DZ")],
    [R("CONVEYED_GREETINGS", "Abdelmadjid Tebboune", "Xi Jinping"),
     R("CONVEYED_GREETINGS", "Xi Jinping", "Abdelmadjid Tebboune"),
     R("PARTNER_OF", "China", "Algeria", "comprehensive strategic partnership")])

doc("2620_ar", "ar", "2014-06-03", "Beijing",
    [P("Li Keqiang", "لي كه تشيانغ", "لي"),
     P("Jaber Al-Mubarak Al-Hamad Al-Sabah", "جابر المبارك الحمد الصباح", "جابر"),
     P("Xi Jinping", "شي جين بينغ"),
     C("CN", "China", "الصين", "الصينية"),
     C("KW", "Kuwait", "الكويت", "الكويتي"),
     PL("Beijing", "CN", "بكين"),
     I("Silk Road Economic Belt", "الحزام الاقتصادي لطريق الحرير"),
     I("21st Century Maritime Silk Road", "طريق الحرير البحري للقرن الحادي والعشرين"),
     O("Gulf Cooperation Council", "مجلس التعاون الخليجي", "مجلس التعاون"),
     O("Asian Infrastructure Investment Bank", "البنك الآسيوي للاستثمار في البنية التحتية")],
    [M(["Li Keqiang", "Jaber Al-Mubarak Al-Hamad Al-Sabah"], "2014-06-03", "Beijing")],
    [OF("Li Keqiang", "Premier", "CN"),
     OF("Jaber Al-Mubarak Al-Hamad Al-Sabah", "Prime Minister", "KW"),
     OF("Xi Jinping", "President", "CN")],
    [R("PROPOSED", "Xi Jinping", "Silk Road Economic Belt"),
     R("PROPOSED", "Xi Jinping", "21st Century Maritime Silk Road")])


def main():
    GOLD.mkdir(exist_ok=True)
    for name, g in sorted(DOCS.items()):
        (GOLD / (name + ".gold.json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(DOCS), "gold files written")


if __name__ == "__main__":
    main()
