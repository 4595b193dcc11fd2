#!/usr/bin/env python3
"""Write the gold graphs of unseen38 (the annotation, kept as reviewable code).

usage: python3 make_gold.py   (writes ../gold/NNN_xx.gold.json)
"""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def _name(en, ar):
    n = {"en": en}
    if ar:
        n["ar"] = ar
    return n


def P(en, ar=None, aliases=()):
    e = {"type": "Person", "name": _name(en, ar)}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def C(iso, en, ar=None, aliases=()):
    e = {"type": "Country", "iso": iso, "name": _name(en, ar)}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def PL(en, cc, ar=None, aliases=()):
    e = {"type": "Place", "name": _name(en, ar), "country": cc}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def X(typ, en, ar=None, aliases=()):
    e = {"type": typ, "name": _name(en, ar)}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def M(parts, date, place):
    return {"participants": list(parts), "date": date, "place": place}


def OF(person, title, cc):
    return {"person": person, "title": title, "country": cc}


def R(typ, a, b, kind=None):
    r = {"type": typ, "from": a, "to": b}
    if kind:
        r["kind"] = kind
    return r


DOCS = {}


def doc(name, date, place, entities, meetings, offices, relations=()):
    lang = name.split("_")[1]
    DOCS[name] = {
        "document": {"file": name + ".txt", "lang": lang, "date": date, "place": place},
        "entities": entities,
        "meetings": meetings,
        "offices": offices,
        "relations": list(relations),
    }


# ---------------------------------------------------------------- English
doc("3901_en", "2023-08-30", "Beijing",
    [P("Han Zheng", aliases=["Han"]),
     P("James Cleverly", aliases=["Cleverly"]),
     P("Caroline Wilson"),
     P("Wang Yi", aliases=["Wang"]),
     C("CN", "China", aliases=["Chinese"]),
     C("GB", "United Kingdom", aliases=["Britain", "British"]),
     PL("Beijing", "CN"),
     X("Organization", "United Nations", aliases=["UN", "UN Security Council"])],
    [M(["Han Zheng", "James Cleverly"], "2023-08-30", "Beijing"),
     M(["Wang Yi", "James Cleverly"], "2023-08-30", "Beijing")],
    [OF("Han Zheng", "Vice President", "CN"),
     OF("James Cleverly", "Foreign Minister", "GB"),
     OF("Caroline Wilson", "Ambassador", "GB"),
     OF("Wang Yi", "Foreign Minister", "CN")])

doc("3902_en", "2021-11-08", "Nur-Sultan",
    [P("Maulen Ashimbayev", aliases=["Ashimbayev"]),
     P("Tomasz Grodzki", aliases=["Grodzki"]),
     P("Kassym-Jomart Tokayev"),
     C("KZ", "Kazakhstan", aliases=["Kazakh"]),
     C("PL", "Poland", aliases=["Polish"]),
     PL("Nur-Sultan", "KZ"),
     PL("Warsaw", "PL")],
    [M(["Maulen Ashimbayev", "Tomasz Grodzki"], "2021-11-08", "Nur-Sultan")],
    [OF("Maulen Ashimbayev", "Speaker", "KZ"),
     OF("Tomasz Grodzki", "Speaker", "PL"),
     OF("Kassym-Jomart Tokayev", "President", "KZ")])

doc("3903_en", "2020-10-21", "Rabat",
    [P("Nasser Bourita", aliases=["Bourita"]),
     P("Suzi Carla Barbosa", aliases=["Barbosa"]),
     P("Mohammed VI", aliases=["King Mohammed VI"]),
     C("MA", "Morocco", aliases=["Moroccan"]),
     C("GW", "Guinea-Bissau", aliases=["Bissau-Guinean"]),
     PL("Rabat", "MA"),
     X("Initiative", "Moroccan autonomy initiative",
       aliases=["autonomy initiative", "Morocco's autonomy initiative"])],
    [M(["Nasser Bourita", "Suzi Carla Barbosa"], "2020-10-21", "Rabat")],
    [OF("Nasser Bourita", "Foreign Minister", "MA"),
     OF("Suzi Carla Barbosa", "Foreign Minister", "GW"),
     OF("Mohammed VI", "King", "MA")],
    [R("SUPPORTS", "Guinea-Bissau", "Moroccan autonomy initiative")])

doc("3904_en", "2022-05-08", "Doha",
    [P("V Muraleedharan", aliases=["Muraleedharan"]),
     P("Soltan bin Saad Al-Muraikhi"),
     P("Hassan bin Abdulla Al-Ghanim"),
     C("IN", "India", aliases=["Indian"]),
     C("QA", "Qatar", aliases=["Qatari"]),
     PL("Doha", "QA")],
    [M(["V Muraleedharan", "Soltan bin Saad Al-Muraikhi"], "2022-05-08", "Doha")],
    [OF("V Muraleedharan", "Minister", "IN"),
     OF("Soltan bin Saad Al-Muraikhi", "Minister", "QA"),
     OF("Hassan bin Abdulla Al-Ghanim", "Speaker", "QA")])

MUR = "Soltan bin Saad Al-Muraikhi"
doc("3905_en", "2023-10-10", "Muscat",
    [P(MUR, aliases=["Sultan bin Saad Al Muraikhi", "Al Muraikhi"]),
     P("Jasem Mohamed Albudaiwi"),
     P("Josep Borrell"),
     P("Salem Abdullah Al Jaber Al Sabah"),
     P("Gabrielius Landsbergis"),
     P("Angeles Moreno Bau"),
     P("Andrejs Pildegovics"),
     P("Badr bin Hamad Albusaidi", aliases=["Sayyid Badr bin Hamad Albusaidi"]),
     C("QA", "Qatar", aliases=["State of Qatar"]),
     C("KW", "Kuwait", aliases=["State of Kuwait"]),
     C("LT", "Lithuania"),
     C("ES", "Spain"),
     C("LV", "Latvia"),
     C("OM", "Oman", aliases=["Sultanate of Oman"]),
     PL("Muscat", "OM"),
     X("Organization", "Gulf Cooperation Council",
       aliases=["GCC", "Cooperation Council for the Arab States of the Gulf"]),
     X("Organization", "European Union", aliases=["EU"]),
     X("Event", "27th GCC-EU Joint Council",
       aliases=["27th Joint Ministerial Council between the GCC and the European Union",
                "GCC-EU ministerial council", "Joint Council"])],
    [M([MUR, "Jasem Mohamed Albudaiwi"], None, "Muscat"),
     M([MUR, "Josep Borrell"], None, "Muscat"),
     M([MUR, "Salem Abdullah Al Jaber Al Sabah"], None, "Muscat"),
     M([MUR, "Gabrielius Landsbergis"], None, "Muscat"),
     M([MUR, "Angeles Moreno Bau"], None, "Muscat"),
     M([MUR, "Andrejs Pildegovics"], None, "Muscat")],
    [OF(MUR, "Minister", "QA"),
     OF("Salem Abdullah Al Jaber Al Sabah", "Foreign Minister", "KW"),
     OF("Gabrielius Landsbergis", "Foreign Minister", "LT"),
     OF("Badr bin Hamad Albusaidi", "Foreign Minister", "OM")])

doc("3906_en", "2024-09-25", "Moscow",
    [P("Numan Kurtulmus", aliases=["Kurtulmus"]),
     P("Vladimir Putin", aliases=["Putin"]),
     P("Valentina Matviyenko"),
     P("Recep Tayyip Erdogan"),
     C("TR", "Turkey", aliases=["Turkish", "Türkiye", "Republic of Türkiye"]),
     C("RU", "Russia", aliases=["Russian", "Russia's"]),
     PL("Moscow", "RU"),
     PL("Astana", "KZ"),
     PL("Kazan", "RU"),
     PL("Ankara", "TR"),
     X("Organization", "BRICS"),
     X("Event", "BRICS summit")],
    [M(["Numan Kurtulmus", "Vladimir Putin"], "2024-09-25", "Moscow"),
     M(["Vladimir Putin", "Recep Tayyip Erdogan"], None, "Astana")],
    [OF("Numan Kurtulmus", "Speaker", "TR"),
     OF("Vladimir Putin", "President", "RU"),
     OF("Valentina Matviyenko", "Speaker", "RU"),
     OF("Recep Tayyip Erdogan", "President", "TR")])

ABZ = "Abdullah bin Zayed Al Nahyan"
doc("3907_en", "2022-11-26", "Abu Dhabi",
    [P(ABZ, aliases=["Sheikh Abdullah bin Zayed", "Sheikh Abdullah"]),
     P("Abshir Omar Jama"),
     P("Mohamed bin Zayed", aliases=["Sheikh Mohamed bin Zayed Al Nahyan"]),
     P("Shakhbout bin Nahyan Al Nahyan"),
     P("Abdulla Shahid"),
     C("AE", "United Arab Emirates", aliases=["UAE"]),
     C("SO", "Somalia", aliases=["Somali", "Federal Republic of Somalia"]),
     C("MV", "Maldives", aliases=["Republic of Maldives"]),
     PL("Abu Dhabi", "AE", aliases=["ABU DHABI"])],
    [M([ABZ, "Abshir Omar Jama"], "2022-11-26", "Abu Dhabi"),
     M([ABZ, "Abdulla Shahid"], "2022-11-26", "Abu Dhabi")],
    [OF(ABZ, "Foreign Minister", "AE"),
     OF("Abshir Omar Jama", "Foreign Minister", "SO"),
     OF("Mohamed bin Zayed", "President", "AE"),
     OF("Shakhbout bin Nahyan Al Nahyan", "Minister", "AE"),
     OF("Abdulla Shahid", "Foreign Minister", "MV")])

doc("3908_en", "2024-02-28", "Moscow",
    [P("Sergey Lavrov", aliases=["Lavrov"]),
     P("Abdoulaye Diop", aliases=["Diop"]),
     P("Sadio Camara"),
     P("Vladimir Putin"),
     P("Assimi Goita"),
     C("RU", "Russia", aliases=["Russian"]),
     C("ML", "Mali", aliases=["Malian"]),
     PL("Moscow", "RU"),
     PL("Saint Petersburg", "RU", aliases=["St. Petersburg"]),
     X("Event", "Russia-Africa Summit", aliases=["second Russia-Africa summit"])],
    [M(["Sergey Lavrov", "Abdoulaye Diop"], "2024-02-28", "Moscow"),
     M(["Vladimir Putin", "Assimi Goita"], None, "Saint Petersburg")],
    [OF("Sergey Lavrov", "Foreign Minister", "RU"),
     OF("Abdoulaye Diop", "Foreign Minister", "ML"),
     OF("Sadio Camara", "Minister", "ML"),
     OF("Vladimir Putin", "President", "RU"),
     OF("Assimi Goita", "President", "ML")])

# ---------------------------------------------------------------- Arabic
doc("3909_ar", "2025-07-24", "Amman",
    [P("Faisal Fayez", "فيصل الفايز", ["الفايز"]),
     P("Tselane Mokuena", "تسيلاني موكوينا", ["موكوينا"]),
     P("Mohammed bin Hassan Muannes", "محمد بن حسن مؤنس", ["مؤنس"]),
     P("King Abdullah II", "عبدالله الثاني", ["الملك عبدالله الثاني"]),
     P("Muwafaq Damour", "موفق ضمور"),
     C("JO", "Jordan", "الأردن", ["الأردني"]),
     C("ZA", "South Africa", "جنوب إفريقيا", ["جمهورية جنوب إفريقيا"]),
     C("SA", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية"]),
     C("PS", "Palestine", "فلسطين", ["الفلسطينية", "الفلسطيني"]),
     C("IL", "Israel", "إسرائيل", ["الإسرائيلي"]),
     PL("Amman", "JO", "عمان")],
    [M(["Faisal Fayez", "Tselane Mokuena"], "2025-07-24", "Amman"),
     M(["Faisal Fayez", "Mohammed bin Hassan Muannes"], "2025-07-24", "Amman")],
    [OF("Faisal Fayez", "Speaker", "JO"),
     OF("Tselane Mokuena", "Ambassador", "ZA"),
     OF("King Abdullah II", "King", "JO")])

doc("3910_ar", "2023-09-17", "Algiers",
    [P("Salah Goudjil", "صالح قوجيل", ["قوجيل"]),
     P("Khalid bin Hilal Al Maawali", "خالد بن هلال بن ناصر المعولي", ["المعولي"]),
     C("DZ", "Algeria", "الجزائر", ["الجزائريين"]),
     C("OM", "Oman", "سلطنة عمان", ["العماني"]),
     PL("Algiers", "DZ", "الجزائر العاصمة"),
     X("Organization", "Arab Parliamentary Union", "الاتحاد البرلماني العربي"),
     X("Organization", "Inter-Parliamentary Union", "الاتحاد البرلماني الدولي")],
    [M(["Salah Goudjil", "Khalid bin Hilal Al Maawali"], "2023-09-17", "Algiers")],
    [OF("Salah Goudjil", "Speaker", "DZ"),
     OF("Khalid bin Hilal Al Maawali", "Speaker", "OM")])

doc("3911_ar", "2023-09-11", "Cairo",
    [P("Abdel Wahab Abdel Razek", "عبد الوهاب عبد الرازق", ["عبد الرازق"]),
     P("Teresa Efua Asangono", "تيريزا إفوا أسانجونو", ["أسانجونو"]),
     C("EG", "Egypt", "مصر", ["المصرية"]),
     C("GQ", "Equatorial Guinea", "غينيا الاستوائية", ["جمهورية غينيا الاستوائية"]),
     PL("Cairo", "EG", "القاهرة")],
    [M(["Abdel Wahab Abdel Razek", "Teresa Efua Asangono"], "2023-09-11", "Cairo")],
    [OF("Abdel Wahab Abdel Razek", "Speaker", "EG"),
     OF("Teresa Efua Asangono", "Speaker", "GQ")])

doc("3912_ar", "2017-04-20", "Ankara",
    [P("Ismail Kahraman", "إسماعيل كهرمان", ["كهرمان"]),
     P("Waleed bin Abdulkarim Al-Khuraiji", "وليد بن عبدالكريم الخريجي", ["الخريجي"]),
     P("Abdullah bin Mohammed Al Al-Sheikh", "عبدالله بن محمد بن إبراهيم آل الشيخ"),
     P("King Salman", "سلمان بن عبدالعزيز آل سعود", ["الملك سلمان بن عبدالعزيز آل سعود"]),
     C("TR", "Turkey", "تركيا", ["الجمهورية التركية", "التركي", "التركية"]),
     C("SA", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية"]),
     PL("Ankara", "TR", "أنقرة"),
     X("Organization", "Organization of Islamic Cooperation", "منظمة التعاون الإسلامي")],
    [M(["Ismail Kahraman", "Waleed bin Abdulkarim Al-Khuraiji"], "2017-04-20", "Ankara")],
    [OF("Ismail Kahraman", "Speaker", "TR"),
     OF("Waleed bin Abdulkarim Al-Khuraiji", "Ambassador", "SA"),
     OF("Abdullah bin Mohammed Al Al-Sheikh", "Speaker", "SA"),
     OF("King Salman", "King", "SA")],
    [R("CONVEYED_GREETINGS", "Abdullah bin Mohammed Al Al-Sheikh", "Ismail Kahraman")])

doc("3913_ar", "2021-02-10", "Doha",
    [P("Marzouq Al-Ghanim", "مرزوق علي الغانم", ["الغانم"]),
     P("Ahmed bin Abdullah bin Zaid Al Mahmoud", "أحمد بن عبدالله بن زيد آل محمود", ["آل محمود"]),
     P("Mohammed bin Abdullah Al-Sulaiti", "محمد بن عبدالله السليطي"),
     P("Saqr bin Fahad Al-Muraikhi", "صقر بن فهد المريخي"),
     P("Hafeez Al-Ajmi", "حفيظ العجمي"),
     C("KW", "Kuwait", "الكويت", ["دولة الكويت", "الكويتي"]),
     C("QA", "Qatar", "قطر", ["دولة قطر", "القطري", "القطرية"]),
     PL("Doha", "QA", "الدوحة"),
     X("Organization", "Inter-Parliamentary Union", "الاتحاد البرلماني الدولي")],
    [M(["Marzouq Al-Ghanim", "Ahmed bin Abdullah bin Zaid Al Mahmoud"], "2021-02-10", "Doha")],
    [OF("Marzouq Al-Ghanim", "Speaker", "KW"),
     OF("Ahmed bin Abdullah bin Zaid Al Mahmoud", "Speaker", "QA"),
     OF("Hafeez Al-Ajmi", "Ambassador", "KW")])

doc("3914_ar", "2019-09-02", "Beijing",
    [P("Li Zhanshu", "لي تشان شو", ["لي"]),
     P("Steve Daines", "ستيف داينز"),
     P("David Perdue", "ديفيد بيردو"),
     C("CN", "China", "الصين", ["الصينيين", "جمهورية الصين الشعبية", "الصيني"]),
     C("US", "United States", "الولايات المتحدة", ["الأمريكي"]),
     PL("Beijing", "CN", "بكين")],
    [M(["Li Zhanshu", "Steve Daines", "David Perdue"], "2019-09-02", "Beijing")],
    [])

doc("3915_ar", "2021-02-10", "Doha",
    [P("Soltan bin Saad Al-Muraikhi", "سلطان بن سعد المريخي"),
     P("Ali bin Saad Al-Qahtani", "علي بن سعد القحطاني"),
     P("Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني"),
     P("Mohammed bin Salman", "محمد بن سلمان بن عبدالعزيز آل سعود"),
     C("QA", "Qatar", "قطر", ["دولة قطر"]),
     C("SA", "Saudi Arabia", "المملكة العربية السعودية"),
     PL("Doha", "QA", "الدوحة"),
     PL("AlUla", "SA", "العلا"),
     X("Organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية"),
     X("Event", "41st GCC Summit",
       "الدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية")],
    [M(["Soltan bin Saad Al-Muraikhi", "Ali bin Saad Al-Qahtani"], "2021-02-10", "Doha"),
     M(["Tamim bin Hamad Al Thani", "Mohammed bin Salman"], "2021-01-05", "AlUla")],
    [OF("Soltan bin Saad Al-Muraikhi", "Minister", "QA"),
     OF("Tamim bin Hamad Al Thani", "Emir", "QA"),
     OF("Mohammed bin Salman", "Crown Prince", "SA"),
     OF("Mohammed bin Salman", "Deputy Prime Minister", "SA"),
     OF("Mohammed bin Salman", "Minister", "SA")])

doc("3916_ar", "2023-12-14", "Rabat",
    [P("Nasser Bourita", "ناصر بوريطة", ["بوريطة"]),
     P("Jose Manuel Albares", "خوسيه مانويل ألباريس", ["ألباريس"]),
     P("Mohammed VI", "محمد السادس", ["الملك محمد السادس"]),
     P("Pedro Sanchez", "بيدرو سانشيز"),
     C("MA", "Morocco", "المغرب"),
     C("ES", "Spain", "إسبانيا", ["الإسباني", "الإسبانية"]),
     C("PS", "Palestine", "فلسطين", ["فلسطينية"]),
     C("IL", "Israel", "إسرائيل"),
     PL("Rabat", "MA", "الرباط"),
     X("Organization", "European Union", "الاتحاد الأوروبي")],
    [M(["Nasser Bourita", "Jose Manuel Albares"], "2023-12-14", "Rabat"),
     M(["Mohammed VI", "Pedro Sanchez"], None, "Rabat")],
    [OF("Nasser Bourita", "Foreign Minister", "MA"),
     OF("Jose Manuel Albares", "Foreign Minister", "ES"),
     OF("Mohammed VI", "King", "MA"),
     OF("Pedro Sanchez", "Prime Minister", "ES")])


def main():
    GOLD.mkdir(exist_ok=True)
    for name, g in DOCS.items():
        (GOLD / (name + ".gold.json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(DOCS), "gold files written")


if __name__ == "__main__":
    main()
