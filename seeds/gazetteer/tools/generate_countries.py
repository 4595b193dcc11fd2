#!/usr/bin/env python3
"""Generates seeds/gazetteer/countries.tsv from Debian iso-codes and CLDR (cldr-localenames-full).

Usage:
  (cd /tmp/cldr && npm install cldr-localenames-full@48.2.0)   # outside the repo
  python3 seeds/gazetteer/tools/generate_countries.py --cldr /tmp/cldr/node_modules/cldr-localenames-full

Base names come from the packages; the few curated entries below (wire-service English names, Arabic spelling
variants used in news) are kept apart and marked `curated` in the source column. Output is sorted by ISO code,
so re-running with the same package versions gives the same file.
"""
import argparse
import gettext
import json
import os
import sys

from gazetteer_common import fold_key, strip_harakat, unique, write_tsv

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"

# English names as wire services write them, where CLDR's display name differs (it uses "&", "St.", "Congo - Kinshasa").
EN_NAME = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Côte d'Ivoire",
    "CZ": "Czech Republic", "HK": "Hong Kong", "MO": "Macao", "MM": "Myanmar", "PS": "Palestine",
    "TR": "Turkey", "CV": "Cape Verde", "VA": "Vatican City", "FM": "Micronesia", "UM": "U.S. Outlying Islands",
}

# Latin variants seen in news that neither package lists.
EN_ALIASES = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "the Emirates"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville", "Congo Republic"],
    "KR": ["ROK", "Republic of Korea"], "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CN": ["PRC", "People's Republic of China", "Chinese mainland"], "RU": ["Russian Federation"],
    "TR": ["Türkiye", "Turkiye"], "KZ": ["Republic of Kazakhstan"], "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "NL": ["Holland"], "MM": ["Burma"], "CZ": ["Czechia"], "SZ": ["Swaziland"], "MK": ["Macedonia"],
    "PS": ["State of Palestine", "Palestinian territories"], "VA": ["Holy See", "Vatican"],
    "TL": ["East Timor"], "LA": ["Laos", "Lao PDR"], "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"], "EG": ["Arab Republic of Egypt"], "KG": ["Kirghizia", "Kirgizia", "Kyrgyz Republic"],
    "BY": ["Byelorussia"], "CV": ["Cabo Verde"], "CI": ["Ivory Coast", "Cote d'Ivoire"], "BN": ["Brunei Darussalam"],
    "VN": ["Viet Nam"], "MO": ["Macau"], "XK": ["Republic of Kosovo"],
}

# Arabic variants used in news (checked against common usage in SPA, Xinhua Arabic, Al-Ahram, Al-Sharq Al-Awsat).
AR_ALIASES = {
    "KZ": ["قازاقستان", "قازقستان", "كازاخستان", "جمهورية قازاقستان", "جمهورية كازاخستان"],
    "UY": ["أوروغواي", "أوروجواي", "الأوروجواي"], "PY": ["باراغواي", "باراجواي", "الباراجواي"],
    "RU": ["روسيا الاتحادية", "الاتحاد الروسي"],
    "US": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "AE": ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"],
    "SA": ["المملكة العربية السعودية", "السعودية"],
    "CN": ["جمهورية الصين الشعبية", "الصين الشعبية"],
    "GB": ["بريطانيا", "بريطانيا العظمى"],
    "KR": ["جمهورية كوريا"], "KP": ["جمهورية كوريا الديمقراطية الشعبية"],
    "KG": ["قرغيزستان", "قيرغيزستان", "قرغيزيا", "كيرغيزستان"],
    "TJ": ["طاجيكستان", "طاجكستان"], "TM": ["تركمانستان", "تركمنستان"], "UZ": ["أوزبكستان", "اوزبكستان"],
    "AZ": ["أذربيجان", "اذربيجان"], "BY": ["بيلاروس", "روسيا البيضاء", "بيلاروسيا"],
    "EG": ["مصر", "جمهورية مصر العربية"], "SY": ["سورية", "سوريا", "الجمهورية العربية السورية"],
    "IR": ["إيران", "جمهورية إيران الإسلامية"], "IQ": ["العراق", "جمهورية العراق"],
    "JO": ["الأردن", "المملكة الأردنية الهاشمية"], "KW": ["الكويت", "دولة الكويت"], "QA": ["قطر", "دولة قطر"],
    "BH": ["البحرين", "مملكة البحرين"], "OM": ["سلطنة عمان", "عمان", "عُمان"], "YE": ["اليمن", "الجمهورية اليمنية"],
    "LB": ["لبنان", "الجمهورية اللبنانية"], "PS": ["فلسطين", "دولة فلسطين"], "MA": ["المغرب", "المملكة المغربية"],
    "DZ": ["الجزائر", "الجمهورية الجزائرية"], "TN": ["تونس", "الجمهورية التونسية"], "LY": ["ليبيا", "دولة ليبيا"],
    "SD": ["السودان", "جمهورية السودان"], "MR": ["موريتانيا", "موريتانيا الإسلامية"], "DJ": ["جيبوتي", "جمهورية جيبوتي"],
    "KM": ["جزر القمر", "القمر المتحدة"], "SO": ["الصومال", "جمهورية الصومال"],
    "TR": ["تركيا", "تركيّا", "جمهورية تركيا"], "DE": ["ألمانيا", "المانيا"], "FR": ["فرنسا"],
    "IT": ["إيطاليا", "ايطاليا"], "ES": ["إسبانيا", "اسبانيا"], "IN": ["الهند", "جمهورية الهند"],
    "ID": ["إندونيسيا", "اندونيسيا"], "JP": ["اليابان"], "BR": ["البرازيل"], "AR": ["الأرجنتين", "الارجنتين"],
    "MX": ["المكسيك"], "ZA": ["جنوب أفريقيا", "جنوب إفريقيا", "جنوب افريقيا"], "AU": ["أستراليا", "استراليا"],
    "CA": ["كندا"], "PK": ["باكستان", "جمهورية باكستان الإسلامية"], "AF": ["أفغانستان", "افغانستان"],
    "UA": ["أوكرانيا", "اوكرانيا"], "VN": ["فيتنام", "فيتنام الاشتراكية"], "MY": ["ماليزيا"],
    "TH": ["تايلاند", "تايلند"], "PH": ["الفلبين"], "SG": ["سنغافورة"], "LA": ["لاوس"], "KH": ["كمبوديا"],
    "PG": ["بابوا نيو غينيا", "بابوا غينيا الجديدة"],
    "MM": ["ميانمار", "بورما"], "BN": ["بروناي", "بروناي دار السلام"], "IL": ["إسرائيل", "اسرائيل"],
    "RS": ["صربيا"], "HU": ["المجر", "هنغاريا"], "CZ": ["التشيك", "جمهورية التشيك"], "GR": ["اليونان"],
    "NL": ["هولندا"], "BE": ["بلجيكا"], "CH": ["سويسرا"], "AT": ["النمسا"], "PL": ["بولندا"],
    "MN": ["منغوليا", "منغوليا"], "ET": ["إثيوبيا", "اثيوبيا"], "NG": ["نيجيريا"], "KE": ["كينيا"],
    "GE": ["جورجيا"], "AM": ["أرمينيا", "ارمينيا"], "LK": ["سريلانكا", "سري لانكا"], "BD": ["بنغلاديش", "بنجلاديش"],
    "NP": ["نيبال"], "NZ": ["نيوزيلندا", "نيوزيلاندا"], "CD": ["الكونغو الديمقراطية"], "CG": ["جمهورية الكونغو"],
    "CI": ["كوت ديفوار", "ساحل العاج"], "SS": ["جنوب السودان"], "XK": ["كوسوفو"], "VA": ["الفاتيكان", "الكرسي الرسولي"],
    "TW": ["تايوان"], "HK": ["هونغ كونغ", "هونج كونج"], "MO": ["ماكاو"],
}

# More Arabic spellings seen in Levantine, Gulf and Egyptian copy.
for _iso, _forms in {
    "ID": ["أندونيسيا"], "PL": ["بولونيا"], "ES": ["أسبانيا"], "CL": ["شيلي"], "PE": ["بيرو", "البيرو"],
    "LK": ["سيريلانكا"], "MN": ["مونغوليا"], "NZ": ["نيوزلندا"], "MD": ["مولدافيا"], "EE": ["استونيا"],
    "IE": ["إيرلندا", "ايرلندا"], "VN": ["فييتنام"], "PH": ["الفليبين"], "GA": ["الغابون"], "SG": ["سينغافورة"],
    "UZ": ["أوزبكيستان"], "CZ": ["تشيكيا"], "NL": ["الأراضي المنخفضة"], "BA": ["البوسنة"], "ME": ["مونتينيغرو"],
    "MK": ["مقدونيا"], "SK": ["سلوفاكيا"], "AT": ["النمسا"], "CH": ["سويسرا"], "PT": ["البرتغال"],
}.items():
    AR_ALIASES.setdefault(_iso, []).extend(_forms)

# Arabic names as news writes them, where CLDR's display name is a catalogue form ("الكونغو - كينشاسا").
AR_NAME = {"PS": "فلسطين", "CD": "جمهورية الكونغو الديمقراطية", "CG": "جمهورية الكونغو", "HK": "هونغ كونغ"}

# Package aliases that are ambiguous between two countries in running text, so no country may claim them.
DROP_ALIASES = {"CG": ["الكونغو", "Congo"], "CD": ["الكونغو", "Congo"]}


def cldr_territories(cldr_dir, lang):
    path = os.path.join(cldr_dir, "main", lang, "territories.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][lang]["localeDisplayNames"]["territories"]


def tidy_en(name):
    return name.replace(" & ", " and ").replace("St. ", "Saint ").replace("’", "'")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cldr", default=os.environ.get("CLDR_DIR", "/tmp/cldr/node_modules/cldr-localenames-full"))
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.cldr, "main")):
        sys.exit("CLDR not found at %s: install cldr-localenames-full with npm outside the repo and pass --cldr" % args.cldr)
    with open(os.path.join(args.cldr, "package.json"), encoding="utf-8") as f:
        cldr_version = json.load(f)["version"]
    with open(ISO_JSON, encoding="utf-8") as f:
        iso_rows = json.load(f)["3166-1"]
    iso_version = os.environ.get("ISO_CODES_VERSION", "4.15.0")
    ar_iso = gettext.translation("iso_3166-1", localedir=LOCALE_DIR, languages=["ar"])
    en, ar, zh = (cldr_territories(args.cldr, l) for l in ("en", "ar", "zh"))

    entries = {r["alpha_2"]: r for r in iso_rows}
    # Kosovo has no ISO 3166-1 code; CLDR and news use the user-assigned XK.
    entries.setdefault("XK", {"alpha_2": "XK", "name": en["XK"]})

    rows = []
    claimed = {}
    for iso in sorted(entries):
        r = entries[iso]
        curated = []
        name_en = EN_NAME.get(iso)
        if name_en:
            curated.append("English name")
        else:
            name_en = tidy_en(en.get(iso, r.get("common_name", r["name"])))
        name_ar = strip_harakat(ar.get(iso + "-alt-short", ar.get(iso, "")))
        if iso in AR_NAME:
            name_ar = AR_NAME[iso]
            curated.append("Arabic name")
        name_zh = zh.get(iso + "-alt-short", zh.get(iso, ""))
        en_alias = [r.get("common_name", ""), r["name"], r.get("official_name", ""), tidy_en(en.get(iso, ""))]
        en_alias += [tidy_en(v) for k, v in sorted(en.items()) if k.startswith(iso + "-alt-")]
        ar_alias = [strip_harakat(ar.get(iso, ""))]
        ar_alias += [strip_harakat(v) for k, v in sorted(ar.items()) if k.startswith(iso + "-alt-")]
        if iso in entries and "name" in r and iso != "XK":
            for n in (r["name"], r.get("official_name"), r.get("common_name")):
                if n:
                    t = ar_iso.gettext(n)
                    if t != n:
                        ar_alias.append(strip_harakat(t))
        # Arabic writes the conjunction و joined to the next word: a form with it set apart ("أنتيغوا و باربودا") is
        # also written joined ("أنتيغوا وباربودا").
        ar_alias += [a.replace(" و ", " و") for a in [name_ar] + ar_alias if " و " in a]
        # Inverted catalogue forms ("Korea, Republic of") never occur in running text.
        en_alias = [a for a in en_alias if "," not in a]
        ar_alias = [a for a in ar_alias if "،" not in a and "," not in a]
        if iso in EN_ALIASES:
            en_alias += EN_ALIASES[iso]
            curated.append("English variants")
        if iso in AR_ALIASES:
            ar_alias += AR_ALIASES[iso]
            curated.append("Arabic variants")
        drop = {fold_key(d) for d in DROP_ALIASES.get(iso, [])}
        en_alias = [a for a in unique(en_alias, [name_en]) if fold_key(a) not in drop]
        ar_alias = [a for a in unique(ar_alias, [name_ar]) if fold_key(a) not in drop]
        # A surface form names one country only: the first (by ISO order) keeps it, and clashes are reported.
        for lst in (en_alias, ar_alias):
            for a in list(lst):
                k = fold_key(a)
                if k in claimed and claimed[k] != iso:
                    print("dropping %s alias %r already used by %s" % (iso, a, claimed[k]), file=sys.stderr)
                    lst.remove(a)
        for n in [name_en, name_ar] + en_alias + ar_alias:
            claimed.setdefault(fold_key(n), iso)
        source = "CLDR %s via npm cldr-localenames-full (en, ar, zh)" % cldr_version
        if iso != "XK":
            source = "iso-codes %s (Debian) iso_3166-1 + ar.mo; " % iso_version + source
        if curated:
            source += "; curated: " + ", ".join(curated)
        rows.append([iso, name_en, name_ar, name_zh, "|".join(en_alias), "|".join(ar_alias), source])

    write_tsv("countries.tsv", ["iso", "name_en", "name_ar", "name_zh", "aliases_en", "aliases_ar", "source"], rows,
              "Generated by seeds/gazetteer/tools/generate_countries.py; do not edit by hand (edit the script, re-run).")
    print("countries.tsv: %d rows" % len(rows))


if __name__ == "__main__":
    main()
