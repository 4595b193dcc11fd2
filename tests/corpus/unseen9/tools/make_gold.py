"""Writes the gold files of unseen9 (hand-annotated; kept as code so the annotation is reviewable)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')

def P(en, ar=None, aliases=None):
    e = {"type": "Person", "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = aliases
    return e
def C(iso, en, ar=None, aliases=None):
    e = {"type": "Country", "iso": iso, "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = aliases
    return e
def L(en, cc, ar=None, aliases=None):
    e = {"type": "Place", "name": {"en": en}, "country": cc}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = aliases
    return e
def X(typ, en, ar=None, aliases=None):
    e = {"type": typ, "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = aliases
    return e
def M(parts, date, place): return {"participants": parts, "date": date, "place": place}
def O(p, t, c): return {"person": p, "title": t, "country": c}
def R(t, a, b, kind=None):
    r = {"type": t, "from": a, "to": b}
    if kind: r["kind"] = kind
    return r

G = {}
G['1001_en'] = dict(doc=("2023-11-22", "Beijing"),
  entities=[P("Xi Jinping", aliases=["Xi"]), P("Luis Lacalle Pou", aliases=["Lacalle Pou"]), P("Li Qiang"),
    C("CN", "China", aliases=["Chinese"]), C("UY", "Uruguay", aliases=["Uruguayan"]), L("Beijing", "CN"),
    X("Initiative", "Belt and Road Initiative")],
  meetings=[M(["Xi Jinping", "Luis Lacalle Pou"], "2023-11-22", "Beijing")],
  offices=[O("Xi Jinping", "President", "CN"), O("Luis Lacalle Pou", "President", "UY"), O("Li Qiang", "Premier", "CN")],
  relations=[R("PARTNER_OF", "China", "Uruguay", "comprehensive strategic partnership")])

G['1002_ar'] = dict(doc=("2023-10-25", "Beijing"),
  entities=[P("Xi Jinping", "شي جين بينغ", ["شي"]), P("Gustavo Petro", "غوستافو بيترو", ["بيترو"]),
    C("CN", "China", "الصين", ["الصينية"]), C("CO", "Colombia", "كولومبيا", ["الكولومبي", "الكولومبية"]),
    L("Beijing", "CN", "بكين"),
    X("Initiative", "Global Development Initiative", "مبادرة التنمية العالمية"),
    X("Initiative", "Global Security Initiative", "مبادرة الأمن العالمي"),
    X("Initiative", "Global Civilization Initiative", "مبادرة الحضارة العالمية")],
  meetings=[M(["Xi Jinping", "Gustavo Petro"], "2023-10-25", "Beijing")],
  offices=[O("Xi Jinping", "President", "CN"), O("Gustavo Petro", "President", "CO")],
  relations=[R("PARTNER_OF", "China", "Colombia", "strategic partnership"),
    R("PROPOSED", "Xi Jinping", "Global Development Initiative"), R("PROPOSED", "Xi Jinping", "Global Security Initiative"),
    R("PROPOSED", "Xi Jinping", "Global Civilization Initiative")])

G['1003_en'] = dict(doc=("2025-05-14", "Beijing"),
  entities=[P("Xi Jinping", aliases=["Xi"]), P("Gustavo Petro", aliases=["Petro"]),
    C("CN", "China", aliases=["Chinese"]), C("CO", "Colombia", aliases=["Colombian"]), L("Beijing", "CN"),
    X("Organization", "Community of Latin American and Caribbean States", aliases=["CELAC"]),
    X("Event", "Fourth Ministerial Meeting of the China-CELAC Forum", aliases=["fourth ministerial meeting of the China-CELAC Forum"])],
  meetings=[M(["Xi Jinping", "Gustavo Petro"], "2025-05-14", "Beijing"), M(["Xi Jinping", "Gustavo Petro"], None, None)],
  offices=[O("Xi Jinping", "President", "CN"), O("Gustavo Petro", "President", "CO")],
  relations=[R("PARTNER_OF", "China", "Colombia", "strategic partnership"),
    R("SPOKE_AT", "Xi Jinping", "Fourth Ministerial Meeting of the China-CELAC Forum")])

G['1004_ar'] = dict(doc=("2023-05-19", "Putrajaya"),
  entities=[P("Zhao Leji", "تشاو له جي", ["تشاو"]), P("Anwar Ibrahim", "أنور إبراهيم", ["أنور"]), P("Xi Jinping", "شي جين بينغ"),
    P("Zambry Abdul Kadir", "زامبري عبد القادر"), P("Anthony Loke", "أنتوني لوك"), P("Tengku Zafrul Aziz", "تنكو ظفرول عبد العزيز", ["Tengku Zafrul Abdul Aziz"]),
    C("CN", "China", "الصين", ["الصيني"]), C("MY", "Malaysia", "ماليزيا", ["الماليزي"]), L("Putrajaya", "MY", "بوتراجايا")],
  meetings=[M(["Zhao Leji", "Anwar Ibrahim"], "2023-05-19", "Putrajaya"), M(["Xi Jinping", "Anwar Ibrahim"], None, None)],
  offices=[O("Anwar Ibrahim", "Prime Minister", "MY"), O("Xi Jinping", "President", "CN"),
    O("Zambry Abdul Kadir", "Foreign Minister", "MY"), O("Anthony Loke", "Minister", "MY"), O("Tengku Zafrul Aziz", "Minister", "MY")],
  relations=[R("PARTNER_OF", "China", "Malaysia", "comprehensive strategic partnership")])

G['1005_en'] = dict(doc=("2024-05-31", "Beijing"),
  entities=[P("Hakan Fidan", aliases=["Fidan"]), P("Mao Ning", aliases=["Mao"]), P("Wang Yi", aliases=["Wang"]), P("Recep Tayyip Erdogan"),
    C("TR", "Türkiye", aliases=["Turkish", "Turkey"]), C("CN", "China", aliases=["Chinese"]), L("Beijing", "CN"), L("Ankara", "TR"),
    X("Organization", "Communist Party of China", aliases=["CPC"])],
  meetings=[M(["Wang Yi", "Hakan Fidan"], None, "Ankara"), M(["Recep Tayyip Erdogan", "Wang Yi"], None, "Ankara")],
  offices=[O("Hakan Fidan", "Foreign Minister", "TR"), O("Wang Yi", "Foreign Minister", "CN"), O("Recep Tayyip Erdogan", "President", "TR")],
  relations=[])

G['1006_ar'] = dict(doc=("2023-11-23", "Beijing"),
  entities=[P("Li Qiang", "لي تشيانغ", ["لي"]), P("Luis Lacalle Pou", "لويس لاكاي بو", ["لاكاي بو"]), P("Xi Jinping", "شي جين بينغ"),
    C("CN", "China", "الصين", ["الصيني"]), C("UY", "Uruguay", "أوروغواي"), L("Beijing", "CN", "بكين"),
    X("Initiative", "Belt and Road Initiative", "مبادرة الحزام والطريق")],
  meetings=[M(["Li Qiang", "Luis Lacalle Pou"], "2023-11-23", "Beijing"), M(["Xi Jinping", "Luis Lacalle Pou"], "2023-11-22", "Beijing")],
  offices=[O("Li Qiang", "Premier", "CN"), O("Luis Lacalle Pou", "President", "UY"), O("Xi Jinping", "President", "CN")],
  relations=[R("PARTNER_OF", "China", "Uruguay", "comprehensive strategic partnership")])

G['1007_en'] = dict(doc=("2024-04-29", "Riyadh"),
  entities=[P("Anwar Ibrahim", aliases=["Datuk Seri Anwar Ibrahim", "Anwar"]), P("Shehbaz Sharif", aliases=["Muhammad Shehbaz Sharif"]), P("Hakan Fidan"),
    C("MY", "Malaysia"), C("PK", "Pakistan", aliases=["Pakistani"]), C("TR", "Türkiye", aliases=["Turkiye"]), C("SA", "Saudi Arabia", aliases=["Saudi"]),
    L("Riyadh", "SA"),
    X("Event", "World Economic Forum Special Meeting", aliases=["WEF Special Meeting"])],
  meetings=[M(["Anwar Ibrahim", "Shehbaz Sharif"], "2024-04-29", "Riyadh"), M(["Anwar Ibrahim", "Hakan Fidan"], "2024-04-29", "Riyadh")],
  offices=[O("Anwar Ibrahim", "Prime Minister", "MY"), O("Shehbaz Sharif", "Prime Minister", "PK"), O("Hakan Fidan", "Foreign Minister", "TR")],
  relations=[])

G['1008_ar'] = dict(doc=("2024-05-13", "Kuwait City"),
  entities=[P("Haitham bin Tarik", "هيثم بن طارق"), P("Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح"),
    P("Sabah Khalid Al-Hamad Al-Sabah", "صباح خالد الحمد الصباح"), P("Ahmad Al-Abdullah Al-Ahmad Al-Sabah", "أحمد عبدالله الأحمد الصباح"),
    P("Mohammad Abdullah Al-Mubarak Al-Sabah", "محمد عبدالله المبارك الصباح"), P("Shihab bin Tarik Al Said", "شهاب بن طارق آل سعيد"),
    P("Badr Albusaidi", "بدر بن حمد البوسعيدي"),
    C("KW", "Kuwait", "دولة الكويت", ["الكويتية", "الكويتي"]), C("OM", "Oman", "سلطنة عمان", ["عمان", "العماني"]),
    L("Kuwait City", "KW", "الكويت")],
  meetings=[M(["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Haitham bin Tarik"], "2024-05-13", "Kuwait City")],
  offices=[O("Haitham bin Tarik", "Sultan", "OM"), O("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KW"),
    O("Ahmad Al-Abdullah Al-Ahmad Al-Sabah", "Prime Minister", "KW"), O("Mohammad Abdullah Al-Mubarak Al-Sabah", "Minister", "KW"),
    O("Shihab bin Tarik Al Said", "Deputy Prime Minister", "OM"), O("Badr Albusaidi", "Foreign Minister", "OM")],
  relations=[])

G['1009_en'] = dict(doc=("2021-09-11", "New Delhi"),
  entities=[P("S Jaishankar", aliases=["Jaishankar"]), P("Marise Payne", aliases=["Payne"]), P("Peter Dutton", aliases=["Dutton"]),
    P("Rajnath Singh", aliases=["Singh"]), P("Narendra Modi"), P("Scott Morrison"),
    C("IN", "India", aliases=["Indian"]), C("AU", "Australia", aliases=["Australian"]), C("AF", "Afghanistan"),
    L("New Delhi", "IN")],
  meetings=[M(["S Jaishankar", "Marise Payne"], "2021-09-11", "New Delhi"), M(["Rajnath Singh", "Peter Dutton"], "2021-09-10", "New Delhi")],
  offices=[O("S Jaishankar", "Foreign Minister", "IN"), O("Marise Payne", "Foreign Minister", "AU"), O("Peter Dutton", "Minister", "AU"),
    O("Rajnath Singh", "Minister", "IN"), O("Narendra Modi", "Prime Minister", "IN"), O("Scott Morrison", "Prime Minister", "AU")],
  relations=[R("PARTNER_OF", "India", "Australia", "comprehensive strategic partnership")])

G['1010_ar'] = dict(doc=("2024-12-17", "Amman"),
  entities=[P("Abdullah II", "عبدالله الثاني", ["King Abdullah II"]), P("Mahmoud al-Mashhadani", "محمود المشهداني", ["المشهداني"]),
    P("Hussein bin Abdullah II", "الحسين بن عبدالله الثاني"), P("Ahmad Safadi", "أحمد الصفدي", ["الصفدي"]),
    P("Alaa Batayneh", "علاء البطاينة"), P("Ahmad Husni", "أحمد حسني"),
    C("JO", "Jordan", "الأردن"), C("IQ", "Iraq", "العراق", ["العراقي"]), C("SY", "Syria", "سوريا"), C("IL", "Israel", "إسرائيل", ["الإسرائيلية"]),
    L("Amman", "JO", "عمان")],
  meetings=[M(["Abdullah II", "Mahmoud al-Mashhadani"], "2024-12-17", "Amman"), M(["Mahmoud al-Mashhadani", "Ahmad Safadi"], "2024-12-16", "Amman")],
  offices=[O("Abdullah II", "King", "JO"), O("Hussein bin Abdullah II", "Crown Prince", "JO"),
    O("Mahmoud al-Mashhadani", "Speaker", "IQ"), O("Ahmad Safadi", "Speaker", "JO")],
  relations=[])

G['1011_en'] = dict(doc=("2023-10-02", "Astana"),
  entities=[P("Kassym-Jomart Tokayev", aliases=["Tokayev"]), P("Recep Tayyip Erdogan", aliases=["Erdogan"]),
    C("KZ", "Kazakhstan", aliases=["Kazakh"]), C("TR", "Türkiye", aliases=["Turkish"]), L("Astana", "KZ"), L("Ankara", "TR"),
    X("Organization", "Organization of Turkic States"),
    X("Event", "10th Summit of the Organization of Turkic States", aliases=["Astana summit"])],
  meetings=[],
  offices=[O("Kassym-Jomart Tokayev", "President", "KZ"), O("Recep Tayyip Erdogan", "President", "TR")],
  relations=[])

G['1012_ar'] = dict(doc=("2023-11-24", "Cairo"),
  entities=[P("Abdel Fattah al-Sisi", "عبد الفتاح السيسي", ["السيسي"]), P("Pedro Sanchez", "بيدرو سانشيز", ["سانشيز", "Pedro Sánchez"]),
    P("Alexander De Croo", "ألكسندر دي كرو", ["دي كرو"]),
    C("EG", "Egypt", "مصر"), C("ES", "Spain", "إسبانيا"), C("BE", "Belgium", "بلجيكا"), C("PS", "Palestine", "فلسطين", ["الفلسطينيين", "الفلسطينية"]),
    L("Cairo", "EG", "القاهرة"), L("Rafah", "EG", "رفح"),
    X("Organization", "European Union", "الاتحاد الأوروبي")],
  meetings=[M(["Abdel Fattah al-Sisi", "Pedro Sanchez", "Alexander De Croo"], "2023-11-24", "Cairo")],
  offices=[O("Abdel Fattah al-Sisi", "President", "EG"), O("Pedro Sanchez", "Prime Minister", "ES"), O("Alexander De Croo", "Prime Minister", "BE")],
  relations=[])

G['1013_en'] = dict(doc=("2024-06-03", "Beijing"),
  entities=[P("Hakan Fidan", aliases=["Fidan"]), P("Wang Yi", aliases=["Wang"]), P("Han Zheng"), P("Recep Tayyip Erdogan"), P("Xi Jinping", aliases=["Xi"]),
    C("TR", "Türkiye", aliases=["Turkish"]), C("CN", "China", aliases=["Chinese"]),
    L("Beijing", "CN"), L("Urumqi", "CN"), L("Kashgar", "CN"), L("Ankara", "TR")],
  meetings=[M(["Hakan Fidan", "Wang Yi"], "2024-06-03", "Beijing"), M(["Han Zheng", "Hakan Fidan"], "2024-06-03", "Beijing")],
  offices=[O("Hakan Fidan", "Foreign Minister", "TR"), O("Wang Yi", "Foreign Minister", "CN"), O("Han Zheng", "Vice President", "CN"),
    O("Recep Tayyip Erdogan", "President", "TR"), O("Xi Jinping", "President", "CN")],
  relations=[])

G['1014_ar'] = dict(doc=("2025-05-08", "Nairobi"),
  entities=[P("William Ruto", "ويليام ساموي روتو", ["روتو", "William Samoei Ruto"]),
    P("Abdullah bin Zayed", "عبدالله بن زايد آل نهيان", ["عبدالله بن زايد", "Abdullah bin Zayed Al Nahyan"]),
    P("Mohamed bin Zayed", "محمد بن زايد آل نهيان", ["Mohamed bin Zayed Al Nahyan"]),
    P("Mohammed bin Rashid Al Maktoum", "محمد بن راشد آل مكتوم"),
    P("Mansour bin Zayed", "منصور بن زايد آل نهيان", ["Mansour bin Zayed Al Nahyan"]),
    C("KE", "Kenya", "كينيا", ["الكيني"]), C("AE", "United Arab Emirates", "دولة الإمارات", ["الإمارات"]),
    L("Nairobi", "KE", "نيروبي")],
  meetings=[M(["William Ruto", "Abdullah bin Zayed"], "2025-05-08", "Nairobi")],
  offices=[O("William Ruto", "President", "KE"), O("Abdullah bin Zayed", "Deputy Prime Minister", "AE"), O("Abdullah bin Zayed", "Foreign Minister", "AE"),
    O("Mohamed bin Zayed", "President", "AE"), O("Mohammed bin Rashid Al Maktoum", "Vice President", "AE"), O("Mohammed bin Rashid Al Maktoum", "Prime Minister", "AE"),
    O("Mansour bin Zayed", "Vice President", "AE"), O("Mansour bin Zayed", "Deputy Prime Minister", "AE")],
  relations=[R("CONVEYED_GREETINGS", "Mohamed bin Zayed", "William Ruto"), R("CONVEYED_GREETINGS", "Mohammed bin Rashid Al Maktoum", "William Ruto"),
    R("CONVEYED_GREETINGS", "Mansour bin Zayed", "William Ruto")])

G['1015_en'] = dict(doc=("2022-11-28", "Putrajaya"),
  entities=[P("Hassanal Bolkiah", aliases=["Sultan Hassanal Bolkiah"]), P("Anwar Ibrahim", aliases=["Datuk Seri Anwar Ibrahim", "Anwar"]),
    P("Abdul Mateen", aliases=["Pengiran Muda Abdul Mateen"]), P("Mohd Zuki Ali", aliases=["Tan Sri Mohd Zuki Ali"]),
    C("BN", "Brunei", aliases=["Brunei Darussalam"]), C("MY", "Malaysia"),
    L("Putrajaya", "MY"), L("Subang", "MY")],
  meetings=[M(["Hassanal Bolkiah", "Anwar Ibrahim"], "2022-11-28", "Putrajaya")],
  offices=[O("Hassanal Bolkiah", "Sultan", "BN"), O("Anwar Ibrahim", "Prime Minister", "MY")],
  relations=[])

G['1016_ar'] = dict(doc=("2023-09-13", "Washington"),
  entities=[P("Salman bin Hamad Al Khalifa", "سلمان بن حمد آل خليفة"), P("Antony Blinken", "أنتوني بلينكن"),
    P("Hamad bin Isa Al Khalifa", "حمد بن عيسى آل خليفة"), P("Abdullatif Al Zayani", "عبداللطيف بن راشد الزياني"), P("Jake Sullivan", "جيك سوليفان"),
    C("BH", "Bahrain", "مملكة البحرين"), C("US", "United States", "الولايات المتحدة الأمريكية", ["الأمريكي", "الأمريكية"]),
    L("Washington", "US", "واشنطن")],
  meetings=[M(["Salman bin Hamad Al Khalifa", "Antony Blinken"], "2023-09-13", "Washington"), M(["Salman bin Hamad Al Khalifa", "Jake Sullivan"], "2023-09-13", "Washington")],
  offices=[O("Salman bin Hamad Al Khalifa", "Crown Prince", "BH"), O("Salman bin Hamad Al Khalifa", "Prime Minister", "BH"),
    O("Antony Blinken", "Foreign Minister", "US"), O("Hamad bin Isa Al Khalifa", "King", "BH"), O("Abdullatif Al Zayani", "Foreign Minister", "BH")],
  relations=[R("PARTNER_OF", "Bahrain", "United States", "strategic partnership")])

G['1017_en'] = dict(doc=("2024-03-05", "Abu Dhabi"),
  entities=[P("Mishal Al-Ahmad Al-Jaber Al-Sabah", aliases=["Meshal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"]),
    P("Mohamed bin Zayed", aliases=["Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed Al Nahyan"]),
    P("Mansour bin Zayed", aliases=["Mansour bin Zayed Al Nahyan"]), P("Mohammed bin Hamad bin Tahnoon Al Nahyan"), P("Matar Al-Neyadi"),
    P("Salem Jaber Al-Ahmad Al-Sabah"), P("Nawaf Abdulaziz Humoud Al-Jarrah Al-Sabah"), P("Ahmad Meshal Al-Ahmad Al-Jaber Al-Sabah"),
    C("KW", "Kuwait", aliases=["Kuwaiti"]), C("AE", "United Arab Emirates", aliases=["UAE"]),
    L("Abu Dhabi", "AE")],
  meetings=[M(["Mohamed bin Zayed", "Mishal Al-Ahmad Al-Jaber Al-Sabah"], "2024-03-05", "Abu Dhabi")],
  offices=[O("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KW"), O("Mohamed bin Zayed", "President", "AE"),
    O("Mansour bin Zayed", "Vice President", "AE"), O("Mansour bin Zayed", "Deputy Prime Minister", "AE"), O("Matar Al-Neyadi", "Ambassador", "AE")],
  relations=[])

G['1018_ar'] = dict(doc=("2022-02-14", "Doha"),
  entities=[P("Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني"), P("Paul Kagame", "بول كاغامي"),
    P("Ibrahim Youssef Fakhro", "إبراهيم يوسف فخرو"), P("Misfir Faisal Al-Shahwani", "مسفر فيصل الشهواني"), P("François Nkurikiyimfura", "فرانسوا نكوريكيمفورا"),
    C("QA", "Qatar", "دولة قطر", ["قطر"]), C("RW", "Rwanda", "رواندا", ["الرواندي"]),
    L("Doha", "QA", "الدوحة")],
  meetings=[M(["Tamim bin Hamad Al Thani", "Paul Kagame"], "2022-02-14", "Doha")],
  offices=[O("Tamim bin Hamad Al Thani", "Emir", "QA"), O("Paul Kagame", "President", "RW"),
    O("Misfir Faisal Al-Shahwani", "Ambassador", "QA"), O("François Nkurikiyimfura", "Ambassador", "RW")],
  relations=[])

G['1019_en'] = dict(doc=("2024-08-22", "Baghdad"),
  entities=[P("Mohammed Shia Al-Sudani", aliases=["Al-Sudani"]), P("Faisal bin Farhan", aliases=["Faisal bin Farhan bin Abdullah", "Prince Faisal"]),
    P("Salman bin Abdulaziz Al Saud", aliases=["King Salman bin Abdulaziz Al Saud"]), P("Mohammed bin Salman", aliases=["Mohammed bin Salman bin Abdulaziz Al Saud"]),
    C("IQ", "Iraq", aliases=["Iraqi"]), C("SA", "Saudi Arabia", aliases=["Saudi"]), C("IL", "Israel", aliases=["Israeli"]),
    L("Baghdad", "IQ")],
  meetings=[M(["Mohammed Shia Al-Sudani", "Faisal bin Farhan"], "2024-08-22", "Baghdad")],
  offices=[O("Mohammed Shia Al-Sudani", "Prime Minister", "IQ"), O("Faisal bin Farhan", "Foreign Minister", "SA"),
    O("Salman bin Abdulaziz Al Saud", "King", "SA"), O("Mohammed bin Salman", "Crown Prince", "SA"), O("Mohammed bin Salman", "Prime Minister", "SA")],
  relations=[R("CONVEYED_GREETINGS", "Salman bin Abdulaziz Al Saud", "Mohammed Shia Al-Sudani"), R("CONVEYED_GREETINGS", "Mohammed bin Salman", "Mohammed Shia Al-Sudani"),
    R("CONVEYED_GREETINGS", "Mohammed Shia Al-Sudani", "Salman bin Abdulaziz Al Saud"), R("CONVEYED_GREETINGS", "Mohammed Shia Al-Sudani", "Mohammed bin Salman")])

G['1020_ar'] = dict(doc=("2024-11-10", "Riyadh"),
  entities=[P("Faisal bin Farhan", "فيصل بن فرحان بن عبدالله"), P("Bassam Sabbagh", "بسام صباغ"), P("Yusuf Tuggar", "يوسف مايتاما توغار", ["Yusuf Maitama Tuggar"]),
    C("SA", "Saudi Arabia", "المملكة العربية السعودية"), C("SY", "Syria", "الجمهورية العربية السورية"), C("NG", "Nigeria", "جمهورية نيجيريا الاتحادية", ["نيجيريا"]),
    C("IL", "Israel", "إسرائيل", ["الإسرائيلي"]), C("LB", "Lebanon", "لبنان"),
    L("Riyadh", "SA", "الرياض"),
    X("Event", "Extraordinary Arab-Islamic Summit", "القمة العربية والإسلامية غير العادية", ["Joint Arab-Islamic Extraordinary Summit"])],
  meetings=[M(["Faisal bin Farhan", "Bassam Sabbagh"], "2024-11-10", "Riyadh"), M(["Faisal bin Farhan", "Yusuf Tuggar"], "2024-11-10", "Riyadh")],
  offices=[O("Faisal bin Farhan", "Foreign Minister", "SA"), O("Bassam Sabbagh", "Foreign Minister", "SY"), O("Yusuf Tuggar", "Foreign Minister", "NG")],
  relations=[])

for name, g in G.items():
    lang = name.split('_')[1]
    doc = {"file": name + ".txt", "lang": lang, "date": g['doc'][0], "place": g['doc'][1]}
    for e in g['entities']:
        e.setdefault("iso", None) if e["type"] == "Country" else None
    out = {"document": doc, "entities": g['entities'], "meetings": g['meetings'], "offices": g['offices'], "relations": g['relations']}
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(G), 'gold files')
