#!/usr/bin/env python3
"""Writes the gold files of set 37 (the annotation kept as reviewable code)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')

def P(en, ar=None, aliases=()):
    e = {"type": "Person", "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = list(aliases)
    return e

def C(iso, en, ar=None, aliases=()):
    e = {"type": "Country", "iso": iso, "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = list(aliases)
    return e

def L(en, cc, ar=None, aliases=()):
    e = {"type": "Place", "name": {"en": en}, "country": cc}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = list(aliases)
    return e

def X(typ, en, ar=None, aliases=()):
    e = {"type": typ, "name": {"en": en}}
    if ar: e["name"]["ar"] = ar
    if aliases: e["aliases"] = list(aliases)
    return e

def M(parts, date, place):
    return {"participants": list(parts), "date": date, "place": place}

def O(person, title, cc):
    return {"person": person, "title": title, "country": cc}

def R(typ, a, b, kind=None):
    r = {"type": typ, "from": a, "to": b}
    if kind: r["kind"] = kind
    return r

DOCS = {}

# 3801_en TASS: Ankara trilateral summit on Syria
DOCS['3801_en'] = dict(date='2019-09-16', place='Ankara', entities=[
    P('Vladimir Putin', aliases=['Putin']),
    P('Hassan Rouhani'),
    P('Recep Tayyip Erdogan', aliases=['Erdogan']),
    C('RU', 'Russia', aliases=['Russian']),
    C('IR', 'Iran', aliases=['Iranian']),
    C('TR', 'Turkey', aliases=['Turkish']),
    C('SY', 'Syria'),
    L('Ankara', 'TR'),
    L('Sochi', 'RU'),
], meetings=[
    M(['Vladimir Putin', 'Hassan Rouhani', 'Recep Tayyip Erdogan'], '2019-09-16', 'Ankara'),
    M(['Vladimir Putin', 'Recep Tayyip Erdogan'], '2019-09-16', 'Ankara'),
    M(['Vladimir Putin', 'Hassan Rouhani', 'Recep Tayyip Erdogan'], None, 'Sochi'),
], offices=[
    O('Vladimir Putin', 'President', 'RU'),
    O('Hassan Rouhani', 'President', 'IR'),
    O('Recep Tayyip Erdogan', 'President', 'TR'),
], relations=[])

# 3802_en PTI: JAI and RIC trilaterals in Buenos Aires
DOCS['3802_en'] = dict(date='2018-11-30', place='Buenos Aires', entities=[
    P('Narendra Modi', aliases=['Modi']),
    P('Donald Trump'),
    P('Shinzo Abe'),
    P('Vladimir Putin', aliases=['Putin']),
    P('Xi Jinping', aliases=['Xi']),
    P('Manmohan Singh'),
    P('Hu Jintao'),
    C('US', 'United States', aliases=['US', 'America']),
    C('JP', 'Japan', aliases=['Japanese']),
    C('IN', 'India'),
    C('RU', 'Russia', aliases=['Russian']),
    C('CN', 'China', aliases=['Chinese']),
    C('AR', 'Argentina', aliases=['Argentine']),
    L('Buenos Aires', 'AR'),
    L('Saint Petersburg', 'RU'),
    X('Organization', 'G20', aliases=['Group of 20']),
    X('Organization', 'BRICS'),
    X('Event', 'G20 Summit', aliases=['G20 summit', 'summit of the Group of 20 major economies']),
], meetings=[
    M(['Narendra Modi', 'Donald Trump', 'Shinzo Abe'], '2018-11-30', 'Buenos Aires'),
    M(['Narendra Modi', 'Vladimir Putin', 'Xi Jinping'], '2018-11-30', 'Buenos Aires'),
    M(['Vladimir Putin', 'Manmohan Singh', 'Hu Jintao'], None, 'Saint Petersburg'),
], offices=[
    O('Narendra Modi', 'Prime Minister', 'IN'),
    O('Donald Trump', 'President', 'US'),
    O('Shinzo Abe', 'Prime Minister', 'JP'),
    O('Vladimir Putin', 'President', 'RU'),
    O('Xi Jinping', 'President', 'CN'),
    O('Manmohan Singh', 'Prime Minister', 'IN'),
    O('Hu Jintao', 'President', 'CN'),
], relations=[])

# 3803_en APP: Lachin trilateral summit
DOCS['3803_en'] = dict(date='2025-05-28', place='Lachin', entities=[
    P('Shehbaz Sharif', aliases=['Muhammad Shehbaz Sharif', 'Shehbaz']),
    P('Recep Tayyip Erdogan', aliases=['Erdogan']),
    P('Ilham Aliyev', aliases=['Aliyev']),
    P('Ishaq Dar', aliases=['Mohammad Ishaq Dar']),
    P('Asim Munir', aliases=['Syed Asim Munir']),
    C('PK', 'Pakistan'),
    C('TR', 'Turkiye'),
    C('AZ', 'Azerbaijan'),
    C('IN', 'India'),
    L('Lachin', 'AZ'),
    X('Event', 'Pakistan-Turkiye-Azerbaijan Trilateral Summit'),
], meetings=[
    M(['Shehbaz Sharif', 'Recep Tayyip Erdogan', 'Ilham Aliyev'], '2025-05-28', 'Lachin'),
    M(['Shehbaz Sharif', 'Recep Tayyip Erdogan', 'Ilham Aliyev'], None, None),
], offices=[
    O('Shehbaz Sharif', 'Prime Minister', 'PK'),
    O('Recep Tayyip Erdogan', 'President', 'TR'),
    O('Ilham Aliyev', 'President', 'AZ'),
    O('Ishaq Dar', 'Deputy Prime Minister', 'PK'),
    O('Ishaq Dar', 'Foreign Minister', 'PK'),
], relations=[])

# 3804_en ANTARA: China-Indonesia 2+2 in Beijing
DOCS['3804_en'] = dict(date='2025-04-21', place='Beijing', entities=[
    P('Sugiono'),
    P('Sjafrie Sjamsoeddin'),
    P('Wang Yi', aliases=['Wang']),
    P('Dong Jun'),
    P('Prabowo Subianto', aliases=['Prabowo']),
    P('Xi Jinping'),
    C('ID', 'Indonesia', aliases=['Indonesian']),
    C('CN', 'China', aliases=['Chinese']),
    L('Beijing', 'CN'),
    X('Event', 'First Ministerial Meeting of the China-Indonesia Joint Foreign and Defense Ministerial Dialogue'),
], meetings=[
    M(['Sugiono', 'Sjafrie Sjamsoeddin', 'Wang Yi', 'Dong Jun'], '2025-04-21', 'Beijing'),
    M(['Prabowo Subianto', 'Xi Jinping'], None, 'Beijing'),
], offices=[
    O('Sugiono', 'Foreign Minister', 'ID'),
    O('Sjafrie Sjamsoeddin', 'Minister', 'ID'),
    O('Wang Yi', 'Foreign Minister', 'CN'),
    O('Dong Jun', 'Minister', 'CN'),
    O('Prabowo Subianto', 'President', 'ID'),
    O('Xi Jinping', 'President', 'CN'),
], relations=[])

# 3805_en Kyodo: Japan-US-Philippines summit in Washington
DOCS['3805_en'] = dict(date='2024-04-11', place='Washington', entities=[
    P('Fumio Kishida', aliases=['Kishida']),
    P('Joe Biden', aliases=['Biden']),
    P('Ferdinand Marcos Jr.', aliases=['Marcos', 'Ferdinand Marcos Jr']),
    C('US', 'United States', aliases=['U.S.']),
    C('PH', 'Philippines', aliases=['Philippine']),
    C('JP', 'Japan', aliases=['Japanese']),
    C('CN', 'China'),
    L('Washington', 'US'),
], meetings=[
    M(['Fumio Kishida', 'Joe Biden', 'Ferdinand Marcos Jr.'], '2024-04-11', 'Washington'),
    M(['Fumio Kishida', 'Joe Biden'], '2024-04-10', 'Washington'),
], offices=[
    O('Fumio Kishida', 'Prime Minister', 'JP'),
    O('Joe Biden', 'President', 'US'),
    O('Ferdinand Marcos Jr.', 'President', 'PH'),
], relations=[])

# 3806_en Yonhap: Korea-Japan-China summit in Seoul
DOCS['3806_en'] = dict(date='2024-05-27', place='Seoul', entities=[
    P('Yoon Suk Yeol', aliases=['Yoon']),
    P('Li Qiang', aliases=['Li']),
    P('Fumio Kishida', aliases=['Kishida']),
    P('Xi Jinping'),
    P('Moon Jae-in'),
    P('Shinzo Abe'),
    P('Li Keqiang'),
    C('KR', 'South Korea'),
    C('CN', 'China', aliases=['Chinese']),
    C('JP', 'Japan', aliases=['Japanese']),
    L('Seoul', 'KR'),
    L('Chengdu', 'CN'),
], meetings=[
    M(['Yoon Suk Yeol', 'Li Qiang', 'Fumio Kishida'], '2024-05-27', 'Seoul'),
    M(['Yoon Suk Yeol', 'Li Qiang'], '2024-05-26', 'Seoul'),
    M(['Yoon Suk Yeol', 'Fumio Kishida'], '2024-05-26', 'Seoul'),
    M(['Moon Jae-in', 'Shinzo Abe', 'Li Keqiang'], None, 'Chengdu'),
], offices=[
    O('Yoon Suk Yeol', 'President', 'KR'),
    O('Li Qiang', 'Premier', 'CN'),
    O('Fumio Kishida', 'Prime Minister', 'JP'),
    O('Xi Jinping', 'President', 'CN'),
    O('Moon Jae-in', 'President', 'KR'),
    O('Shinzo Abe', 'Prime Minister', 'JP'),
    O('Li Keqiang', 'Premier', 'CN'),
], relations=[
    R('CONVEYED_GREETINGS', 'Xi Jinping', 'Yoon Suk Yeol'),
])

# 3807_en Agencia Brasil: Lula receives Modi in Brasilia
DOCS['3807_en'] = dict(date='2025-07-08', place='Brasilia', entities=[
    P('Luiz Inacio Lula da Silva', aliases=['Luiz Inácio Lula da Silva', 'Lula']),
    P('Narendra Modi', aliases=['Modi']),
    C('IN', 'India', aliases=['Indian']),
    C('BR', 'Brazil', aliases=['Brazilian']),
    L('Brasilia', 'BR', aliases=['Brasília']),
    L('Belem', 'BR', aliases=['Belém']),
    L('Rio de Janeiro', 'BR'),
    L('Moscow', 'RU'),
    X('Organization', 'Mercosur'),
    X('Organization', 'BRICS'),
    X('Event', '17th BRICS Summit', aliases=['BRICS Summit']),
    X('Event', 'COP30', aliases=['COP30 climate conference']),
], meetings=[
    M(['Luiz Inacio Lula da Silva', 'Narendra Modi'], '2025-07-08', 'Brasilia'),
], offices=[
    O('Luiz Inacio Lula da Silva', 'President', 'BR'),
    O('Narendra Modi', 'Prime Minister', 'IN'),
], relations=[
    R('PARTNER_OF', 'India', 'Brazil', 'strategic partnership'),
])

# 3808_en NAN: Tinubu receives Faye in Abuja
DOCS['3808_en'] = dict(date='2024-05-16', place='Abuja', entities=[
    P('Bola Tinubu', aliases=['Tinubu']),
    P('Bassirou Diomaye Faye', aliases=['Faye']),
    P('Wale Edun'),
    P('Atiku Bagudu'),
    P('Babajide Sanwo-Olu'),
    P('Mohamed Ould Ghazouani'),
    C('SN', 'Senegal', aliases=['Senegalese']),
    C('NG', 'Nigeria', aliases=['Nigerian']),
    C('MR', 'Mauritania'),
    L('Abuja', 'NG'),
    L('Nouakchott', 'MR'),
    X('Organization', 'Economic Community of West African States', aliases=['ECOWAS']),
], meetings=[
    M(['Bola Tinubu', 'Bassirou Diomaye Faye'], '2024-05-16', 'Abuja'),
    M(['Bassirou Diomaye Faye', 'Mohamed Ould Ghazouani'], None, 'Nouakchott'),
], offices=[
    O('Bola Tinubu', 'President', 'NG'),
    O('Bassirou Diomaye Faye', 'President', 'SN'),
    O('Mohamed Ould Ghazouani', 'President', 'MR'),
    O('Wale Edun', 'Minister', 'NG'),
    O('Atiku Bagudu', 'Minister', 'NG'),
], relations=[])

# 3809_ar RT Arabic: Sochi trilateral Putin - Aliyev - Pashinyan
DOCS['3809_ar'] = dict(date='2022-10-31', place=None, entities=[
    P('Vladimir Putin', 'فلاديمير بوتين', ['بوتين']),
    P('Ilham Aliyev', 'إلهام علييف', ['علييف']),
    P('Nikol Pashinyan', 'نيكول باشينيان', ['باشينيان']),
    C('RU', 'Russia', 'روسيا', ['الروسي', 'روسيا الاتحادية']),
    C('AZ', 'Azerbaijan', 'أذربيجان', ['الأذربيجاني', 'الأذربيجانية']),
    C('AM', 'Armenia', 'أرمينيا', ['الأرميني', 'الأرمينية']),
    L('Sochi', 'RU', 'سوتشي'),
    L('Baku', 'AZ', 'باكو'),
    L('Yerevan', 'AM', 'يريفان'),
    L('Moscow', 'RU', 'موسكو'),
], meetings=[
    M(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], '2022-10-31', 'Sochi'),
    M(['Vladimir Putin', 'Ilham Aliyev'], '2022-10-31', 'Sochi'),
    M(['Vladimir Putin', 'Nikol Pashinyan'], '2022-10-31', 'Sochi'),
    M(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], None, 'Sochi'),
], offices=[
    O('Vladimir Putin', 'President', 'RU'),
    O('Ilham Aliyev', 'President', 'AZ'),
    O('Nikol Pashinyan', 'Prime Minister', 'AM'),
], relations=[])

# 3810_ar IRNA Arabic: Tehran summit
DOCS['3810_ar'] = dict(date='2022-07-19', place='Tehran', entities=[
    P('Ebrahim Raisi', 'إبراهيم رئيسي', ['رئيسي']),
    P('Vladimir Putin', 'فلاديمير بوتين', ['بوتين']),
    P('Recep Tayyip Erdogan', 'رجب طيب أردوغان', ['أردوغان']),
    P('Ali Khamenei', 'علي خامنئي'),
    P('Hossein Amir-Abdollahian', 'حسين أمير عبداللهيان'),
    C('IR', 'Iran', 'إيران', ['الإيراني']),
    C('RU', 'Russia', 'روسيا', ['الروسي']),
    C('TR', 'Turkey', 'تركيا', ['التركي']),
    C('SY', 'Syria', 'سوريا', ['السورية']),
    L('Tehran', 'IR', 'طهران'),
    L('Moscow', 'RU', 'موسكو'),
], meetings=[
    M(['Ebrahim Raisi', 'Vladimir Putin', 'Recep Tayyip Erdogan'], '2022-07-19', 'Tehran'),
    M(['Ebrahim Raisi', 'Recep Tayyip Erdogan'], '2022-07-19', 'Tehran'),
    M(['Ali Khamenei', 'Vladimir Putin'], '2022-07-19', 'Tehran'),
], offices=[
    O('Ebrahim Raisi', 'President', 'IR'),
    O('Vladimir Putin', 'President', 'RU'),
    O('Recep Tayyip Erdogan', 'President', 'TR'),
    O('Hossein Amir-Abdollahian', 'Foreign Minister', 'IR'),
], relations=[])

# 3811_ar Anadolu Arabic: Istanbul quadrilateral summit
DOCS['3811_ar'] = dict(date='2018-10-27', place='Istanbul', entities=[
    P('Recep Tayyip Erdogan', 'رجب طيب أردوغان', ['أردوغان']),
    P('Vladimir Putin', 'فلاديمير بوتين', ['بوتين']),
    P('Angela Merkel', 'أنغيلا ميركل', ['ميركل']),
    P('Emmanuel Macron', 'إيمانويل ماكرون', ['ماكرون']),
    P('Staffan de Mistura', 'ستافان دي ميستورا'),
    P('Mevlut Cavusoglu', 'مولود جاويش أوغلو', ['جاويش أوغلو']),
    P('Hulusi Akar', 'خلوصي أكار'),
    P('Sergey Lavrov', 'سيرغي لافروف'),
    C('TR', 'Turkey', 'تركيا', ['التركي']),
    C('RU', 'Russia', 'روسيا', ['الروسي', 'الروسية']),
    C('DE', 'Germany', 'ألمانيا', ['الألمانية']),
    C('FR', 'France', 'فرنسا', ['الفرنسي']),
    C('SY', 'Syria', 'سوريا', ['السورية']),
    L('Istanbul', 'TR', 'إسطنبول'),
    L('Sochi', 'RU', 'سوتشي'),
    X('Organization', 'United Nations', 'الأمم المتحدة'),
], meetings=[
    M(['Recep Tayyip Erdogan', 'Vladimir Putin', 'Angela Merkel', 'Emmanuel Macron'], '2018-10-27', 'Istanbul'),
    M(['Recep Tayyip Erdogan', 'Angela Merkel'], '2018-10-27', 'Istanbul'),
    M(['Recep Tayyip Erdogan', 'Vladimir Putin'], '2018-10-27', 'Istanbul'),
    M(['Recep Tayyip Erdogan', 'Emmanuel Macron'], '2018-10-27', 'Istanbul'),
    M(['Mevlut Cavusoglu', 'Sergey Lavrov'], '2018-10-27', 'Istanbul'),
    M(['Recep Tayyip Erdogan', 'Vladimir Putin'], '2018-09-17', 'Sochi'),
], offices=[
    O('Recep Tayyip Erdogan', 'President', 'TR'),
    O('Vladimir Putin', 'President', 'RU'),
    O('Angela Merkel', 'Chancellor', 'DE'),
    O('Emmanuel Macron', 'President', 'FR'),
    O('Mevlut Cavusoglu', 'Foreign Minister', 'TR'),
    O('Hulusi Akar', 'Minister', 'TR'),
    O('Sergey Lavrov', 'Foreign Minister', 'RU'),
], relations=[])

# 3812_ar Xinhua Arabic: Busan trilateral foreign ministers' meeting
DOCS['3812_ar'] = dict(date='2023-11-26', place='Busan', entities=[
    P('Wang Yi', 'وانغ يي', ['وانغ']),
    P('Park Jin', 'بارك جين'),
    P('Yoko Kamikawa', 'يوكو كاميكاوا'),
    P('Taro Kono', 'تارو كونو'),
    P('Kang Kyung-wha', 'كانغ كيونغ وا'),
    C('CN', 'China', 'الصين', ['الصيني']),
    C('JP', 'Japan', 'اليابان', ['اليابانية', 'الياباني']),
    C('KR', 'South Korea', 'كوريا الجنوبية', ['الكوري الجنوبي', 'الكورية الجنوبية']),
    L('Busan', 'KR', 'بوسان'),
    L('Beijing', 'CN', 'بكين'),
    X('Organization', 'Communist Party of China', 'الحزب الشيوعي الصيني'),
], meetings=[
    M(['Wang Yi', 'Park Jin', 'Yoko Kamikawa'], '2023-11-26', 'Busan'),
    M(['Wang Yi', 'Taro Kono', 'Kang Kyung-wha'], None, 'Beijing'),
], offices=[
    O('Wang Yi', 'Foreign Minister', 'CN'),
    O('Park Jin', 'Foreign Minister', 'KR'),
    O('Yoko Kamikawa', 'Foreign Minister', 'JP'),
    O('Taro Kono', 'Foreign Minister', 'JP'),
    O('Kang Kyung-wha', 'Foreign Minister', 'KR'),
], relations=[])

# 3813_ar Xinhua Arabic: China-Russia-Mongolia in Samarkand
DOCS['3813_ar'] = dict(date='2022-09-15', place='Samarkand', entities=[
    P('Xi Jinping', 'شي جين بينغ', ['شي']),
    P('Vladimir Putin', 'فلاديمير بوتين', ['بوتين']),
    P('Ukhnaagiin Khurelsukh', 'أوخنا خورلسوخ', ['خورلسوخ', 'Ukhnaa Khurelsukh']),
    C('CN', 'China', 'الصين', ['الصيني']),
    C('RU', 'Russia', 'روسيا', ['الروسي']),
    C('MN', 'Mongolia', 'منغوليا', ['المنغولي']),
    C('UZ', 'Uzbekistan', 'أوزبكستان', ['الأوزبكية']),
    L('Samarkand', 'UZ', 'سمرقند'),
    X('Organization', 'Shanghai Cooperation Organization', 'منظمة شانغهاي للتعاون', ['SCO']),
    X('Event', 'SCO summit', 'الاجتماع الثاني والعشرين لمجلس رؤساء دول منظمة شانغهاي للتعاون'),
], meetings=[
    M(['Xi Jinping', 'Vladimir Putin', 'Ukhnaagiin Khurelsukh'], '2022-09-15', 'Samarkand'),
    M(['Xi Jinping', 'Vladimir Putin'], '2022-09-15', 'Samarkand'),
], offices=[
    O('Xi Jinping', 'President', 'CN'),
    O('Vladimir Putin', 'President', 'RU'),
    O('Ukhnaagiin Khurelsukh', 'President', 'MN'),
], relations=[])

# 3814_ar IRNA Arabic: Pezeshkian - Erdogan phone call (no meeting)
DOCS['3814_ar'] = dict(date='2025-06-14', place='Tehran', entities=[
    P('Masoud Pezeshkian', 'مسعود بزشكيان', ['بزشكيان']),
    P('Recep Tayyip Erdogan', 'رجب طيب أردوغان', ['أردوغان']),
    C('IR', 'Iran', 'إيران', ['الإيرانية', 'الإيراني', 'الجمهورية الإسلامية الإيرانية']),
    C('TR', 'Turkey', 'تركيا', ['التركي']),
    C('US', 'United States', 'الولايات المتحدة الأمريكية'),
    L('Tehran', 'IR', 'طهران'),
], meetings=[], offices=[
    O('Masoud Pezeshkian', 'President', 'IR'),
    O('Recep Tayyip Erdogan', 'President', 'TR'),
], relations=[])

# 3815_ar Anadolu Arabic: Amman meeting of Syria's neighbours
DOCS['3815_ar'] = dict(date='2025-03-09', place='Amman', entities=[
    P('Hakan Fidan', 'هاكان فيدان', ['فيدان']),
    P('Ayman Safadi', 'أيمن الصفدي', ['الصفدي']),
    P('Asaad al-Shaibani', 'أسعد الشيباني'),
    P('Fuad Hussein', 'فؤاد حسين'),
    P('Yasar Guler', 'يشار غولر'),
    P('Ibrahim Kalin', 'إبراهيم قالن'),
    P('Abdullah II', 'عبد الله الثاني', ['King Abdullah II']),
    C('TR', 'Turkiye', 'تركيا', ['التركي']),
    C('JO', 'Jordan', 'الأردن', ['الأردني', 'الأردنية']),
    C('SY', 'Syria', 'سوريا', ['السوري', 'السورية']),
    C('IQ', 'Iraq', 'العراق', ['العراقي']),
    C('LB', 'Lebanon', 'لبنان'),
    L('Amman', 'JO', 'عمّان'),
], meetings=[
    M(['Ayman Safadi', 'Hakan Fidan', 'Asaad al-Shaibani', 'Fuad Hussein'], '2025-03-09', 'Amman'),
    M(['Abdullah II', 'Hakan Fidan'], '2025-03-09', 'Amman'),
], offices=[
    O('Hakan Fidan', 'Foreign Minister', 'TR'),
    O('Ayman Safadi', 'Deputy Prime Minister', 'JO'),
    O('Ayman Safadi', 'Foreign Minister', 'JO'),
    O('Asaad al-Shaibani', 'Foreign Minister', 'SY'),
    O('Fuad Hussein', 'Deputy Prime Minister', 'IQ'),
    O('Fuad Hussein', 'Foreign Minister', 'IQ'),
    O('Yasar Guler', 'Minister', 'TR'),
    O('Abdullah II', 'King', 'JO'),
], relations=[])

# 3816_ar RT Arabic: Putin - Pezeshkian in Ashgabat
DOCS['3816_ar'] = dict(date='2024-10-11', place=None, entities=[
    P('Vladimir Putin', 'فلاديمير بوتين', ['بوتين']),
    P('Masoud Pezeshkian', 'مسعود بزشكيان', ['بزشكيان']),
    P('Magtymguly Pyragy', 'مختومقلي فراغي'),
    P('Yury Ushakov', 'يوري أوشاكوف'),
    P('Mikhail Mishustin', 'ميخائيل ميشوستين'),
    P('Mohammad Reza Aref', 'محمد رضا عارف'),
    P('Asif Ali Zardari', 'آصف علي زرداري'),
    C('RU', 'Russia', 'روسيا', ['الروسي']),
    C('IR', 'Iran', 'إيران', ['الإيراني']),
    C('TM', 'Turkmenistan', 'تركمانستان', ['التركماني']),
    C('PK', 'Pakistan', 'باكستان', ['الباكستاني']),
    L('Ashgabat', 'TM', 'عشق آباد'),
    L('Kazan', 'RU', 'قازان'),
    L('Tehran', 'IR', 'طهران'),
    L('Moscow', 'RU', 'موسكو'),
    X('Organization', 'BRICS', 'بريكس'),
    X('Event', 'Interconnection of Times and Civilizations - Basis of Peace and Development forum',
      'ترابط الأزمنة والحضارات - أساس السلام والتنمية', ['منتدى عشق آباد']),
    X('Event', 'BRICS Summit', 'قمة مجموعة بريكس'),
], meetings=[
    M(['Vladimir Putin', 'Masoud Pezeshkian'], '2024-10-11', 'Ashgabat'),
    M(['Mikhail Mishustin', 'Masoud Pezeshkian'], None, 'Tehran'),
    M(['Mikhail Mishustin', 'Mohammad Reza Aref'], None, 'Tehran'),
], offices=[
    O('Vladimir Putin', 'President', 'RU'),
    O('Masoud Pezeshkian', 'President', 'IR'),
    O('Mikhail Mishustin', 'Prime Minister', 'RU'),
    O('Mohammad Reza Aref', 'Vice President', 'IR'),
    O('Asif Ali Zardari', 'President', 'PK'),
], relations=[])


def main():
    os.makedirs(GOLD, exist_ok=True)
    for key, d in DOCS.items():
        lang = key.split('_')[1]
        doc = {
            "document": {"file": key + '.txt', "lang": lang, "date": d['date'], "place": d['place']},
            "entities": d['entities'],
            "meetings": d['meetings'],
            "offices": d['offices'],
            "relations": d['relations'],
        }
        with open(os.path.join(GOLD, key + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')

if __name__ == '__main__':
    main()
