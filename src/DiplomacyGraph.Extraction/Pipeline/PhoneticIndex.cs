using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Pipeline;

/// <summary>
/// Gazetteer people by the phonetic key of each of their names, so that a spelling the gazetteer lacks
/// (شين جين بينغ، وانج يى) still finds the person. Keys of five classes or more also match at one edit
/// (deletion neighbourhoods) when the family name's key agrees; keys that two people share are dropped as ambiguous.
/// </summary>
internal sealed class PhoneticIndex
{
    private const int MinKey = 3;
    private const int FuzzyFrom = 5;
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<Gazetteer.GazetteerEntry, List<(string Key, string Family, string Given, int Words)>> _formsOf = [];
    private readonly Dictionary<Gazetteer.GazetteerEntry, HashSet<string>> _wordwiseOf = [];
    private readonly Dictionary<Gazetteer.GazetteerEntry, HashSet<string>> _wordwiseGivenOf = [];
    private readonly Dictionary<Gazetteer.GazetteerEntry, HashSet<string>> _lineageOf = [];
    private readonly Dictionary<string, Gazetteer.GazetteerEntry?> _byEnds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _arabicGivenNames = new(StringComparer.Ordinal);

    // Arabic given names that open the names of CommonGivenNameFrom people or more (محمد، أحمد، عبدالله، صالح).
    private readonly HashSet<string> _commonGivenNames = new(StringComparer.Ordinal);
    private const int CommonGivenNameFrom = 3;

    public PhoneticIndex(Gazetteer.Gazetteer g)
    {
        var givenNameHolders = new Dictionary<string, HashSet<Gazetteer.GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var e in g.Entries.Where(e => e.Kind == NodeKind.Person))
        {
            foreach (var name in e.Names)
            {
                if (string.IsNullOrWhiteSpace(name) || !name.Contains(' ', StringComparison.Ordinal) || HasRegnalNumber(name)) continue;
                var key = PhoneticKey.Of(name);
                if (key.Length < MinKey) continue;
                Put(_exact, key, e);
                var words = NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2) Put(_byEnds, words[0] + "|" + words[^1], e);
                if (words.Length >= 2 && ArabicScript.HasArabic(words[0]))
                {
                    _arabicGivenNames.Add(words[0]);
                    if (!givenNameHolders.TryGetValue(words[0], out var holders)) givenNameHolders[words[0]] = holders = [];
                    if (holders.Add(e) && holders.Count == CommonGivenNameFrom) _commonGivenNames.Add(words[0]);
                }
                if (!_wordwiseOf.TryGetValue(e, out var wordwise)) _wordwiseOf[e] = wordwise = new(StringComparer.Ordinal);
                wordwise.Add(Wordwise(name));
                if (!_wordwiseGivenOf.TryGetValue(e, out var wordwiseGiven)) _wordwiseGivenOf[e] = wordwiseGiven = new(StringComparer.Ordinal);
                wordwiseGiven.Add(WordwiseGiven(name));
                if (IsLineage(name))
                {
                    if (!_lineageOf.TryGetValue(e, out var lineages)) _lineageOf[e] = lineages = new(StringComparer.Ordinal);
                    lineages.Add(LineageKey(name));
                }
                if (!_formsOf.TryGetValue(e, out var forms)) _formsOf[e] = forms = [];
                forms.Add((key, FamilyKey(name), GivenKey(name), WordCount(name)));
                if (key.Length >= FuzzyFrom)
                    foreach (var d in Deletions(key)) Put(_deletions, d, e);
            }
        }
    }

    // "Leo XIV", "Mohammed VI": a regnal number is said as a number, not spelt out in letters; its letters as sounds
    // would make "Leo XIV" sound like علاء يوسف (L-S-F). Such names are found by their written forms only.
    private static bool HasRegnalNumber(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range];
            if (word.Length is > 0 and <= 5 && !word.ContainsAnyExcept("IVXL")) return true;
        }
        return false;
    }

    /// <summary>Whether a word (its name key) opens an Arabic name of someone in the gazetteer: a given name.</summary>
    public bool IsArabicGivenName(string word) => _arabicGivenNames.Contains(NameKey.Of(word));

    private const int MaxRemembered = 1 << 12;

    // What Find answered for each name, remembered per thread (the index never changes once built): the same names
    // come back story after story, and each search folds the name, splits it and tries its keys one by one. Bounded:
    // when full it starts again empty, so memory stays flat.
    [ThreadStatic]
    private static (PhoneticIndex Index, Dictionary<string, Gazetteer.GazetteerEntry?> Found)? t_found;

    /// <summary>The gazetteer person a name written as <paramref name="name"/> stands for, or null.</summary>
    public Gazetteer.GazetteerEntry? Find(string name)
    {
        if (t_found is not { } memo || memo.Index != this) t_found = memo = (this, new Dictionary<string, Gazetteer.GazetteerEntry?>(StringComparer.Ordinal));
        var found = memo.Found;
        if (found.TryGetValue(name, out var entry)) return entry;
        if (found.Count >= MaxRemembered) found.Clear();
        entry = Search(name);
        found[name] = entry;
        return entry;
    }

    private Gazetteer.GazetteerEntry? Search(string name) => SearchByKeys(name) is { } e && SameLineage(e, name) ? e : null;

    private Gazetteer.GazetteerEntry? SearchByKeys(string name)
    {
        var key = PhoneticKey.Of(name);
        if (key.Length < MinKey) return null;
        var latin = !ArabicScript.HasArabic(name);
        if (ExactKey(name, key, latin, out var e)) return e;
        if (WithFurtherGivenName(name, latin) is { } fuller) return fuller;
        if (WithMiddleNames(name) is { } longer) return longer;
        if (key.Length < FuzzyFrom) return null;
        var family = FamilyKey(name);
        var words = WordCount(name);
        // In a lineage brothers share the rest, so the given name must agree; so must it in Latin script, where one
        // consonant apart is another name (Fadillah Yusof is not Fahad Yousef) and spellings vary in vowels, not
        // consonants (Arabic spellings of Chinese names vary in the given names: شين جين بينغ).
        var given = IsLineage(name) || latin ? GivenKey(name) : null;
        bool Fuzzy(Gazetteer.GazetteerEntry? candidate) => candidate is not null && Close(candidate, key, family, given, words) && (latin ? NoWordReplaced(candidate, name) : KnownGivenNameKept(candidate, name));
        if (_deletions.TryGetValue(key, out e) && Fuzzy(e)) return e;
        foreach (var d in Deletions(key))
        {
            if (_exact.TryGetValue(d, out e) && d.Length >= FuzzyFrom - 1 && Fuzzy(e)) return e;
            if (_deletions.TryGetValue(d, out e) && Fuzzy(e)) return e;
        }
        return null;
    }

    // "محمد عزمين" is not ميلوش زيمان: a given name that opens the Arabic names of several people in the gazetteer
    // (محمد، أحمد، عبدالله) is written alike wherever it stands, so a name one sound apart that opens with it must open with it in the
    // person's own Arabic names too. (A Chinese given name respelt, شين جين بينغ for شي جين بينغ, opens none.)
    private bool KnownGivenNameKept(Gazetteer.GazetteerEntry e, string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return true;
        var given = NameKey.Of(name[..space]);
        if (!_commonGivenNames.Contains(given)) return true;
        foreach (var form in e.Names)
            if (ArabicScript.HasArabic(form) && NameKey.Of(form).StartsWith(given + " ", StringComparison.Ordinal)) return true;
        return false;
    }

    // "Tran Luu Quang" is not "Tran Dai Quang": in Latin script the one sound apart may be a whole short word of the
    // name, another middle name (L for D). A fuzzy match must leave, in one of the person's names of as many words, no
    // word of one sound changed for another.
    private static bool NoWordReplaced(Gazetteer.GazetteerEntry e, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PhoneticKey.Of).ToArray();
        var sameLength = false;
        foreach (var form in e.Names)
        {
            var other = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PhoneticKey.Of).ToArray();
            if (other.Length != words.Length) continue;
            sameLength = true;
            var replaced = false;
            for (var i = 0; i < words.Length && !replaced; i++)
                replaced = words[i] != other[i] && words[i].Length == 1 && other[i].Length == 1;
            if (!replaced) return true;
        }
        return !sameLength;
    }

    // Whether the whole name's key is a known one; `entry` is its person when the words break alike. In Latin script
    // the given name must agree as well, in the same one of the person's names: "Fadillah Yusof" and "Fahad Al-Yousef"
    // share every sound, but not where the words break; "El Molla" breaks like "William Lai" and begins like "Lai
    // Ching-te", but is neither.
    private bool ExactKey(string name, string key, bool latin, out Gazetteer.GazetteerEntry? entry)
    {
        if (!_exact.TryGetValue(key, out entry)) return false;
        if (entry is not null && !(latin ? _wordwiseGivenOf[entry].Contains(WordwiseGiven(name)) : _wordwiseOf[entry].Contains(Wordwise(name)))) entry = null;
        return true;
    }

    // "Abdullah bin Mohammed" is not "Abdullah bin Hamad" (عبدالله بن محمد، عبدالله بن حمد): the key drops h and ح, so
    // محمد، أحمد and حمد all sound M-D, and in a lineage the father's name is what tells two men apart. A lineage found
    // by its key must also agree with one of the person's lineages where h is kept (see LineageKey). (Search checks
    // every answer, from the exact key or a fuzzy one.)
    private bool SameLineage(Gazetteer.GazetteerEntry entry, string name) =>
        !IsLineage(name) || !_lineageOf.TryGetValue(entry, out var lineages) || lineages.Contains(LineageKey(name));

    // The name's words after the first bin/ibn/بن, as sounds with h (PhoneticKey's keepH), and whether the father's name
    // opens on a vowel (Ahmed, أحمد) or not (Hamad, حمد). Connectors (bin, Al, آل) are left out, as the scripts write
    // them differently.
    internal static string LineageKey(string name)
    {
        var words = NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => w is "بن" or "ابن" or "bin" or "ibn");
        if (at < 0) return string.Empty;
        var key = new System.Text.StringBuilder();
        for (var i = at + 1; i < words.Length; i++)
        {
            var word = words[i];
            if (word is "بن" or "ابن" or "bin" or "ibn" or "ال" or "al" or "el") continue;
            if (i == at + 1 && word.Length > 0 && word[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'ا' or 'ع') key.Append('\'');
            // (No mark between words: the scripts break names differently, Abdul Aziz and عبدالعزيز. Nor any l: the
            // article is written glued or apart, in a name or not: Abdulaziz, عبد العزيز, Al Bowardi, البواردي.)
            var last = '\0';
            foreach (var sound in PhoneticKey.Of(word, keepH: true))
            {
                if (sound == last || sound == 'L') continue;
                key.Append(sound);
                last = sound;
            }
        }
        return key.ToString();
    }

    // A name's word-by-word key with its given name's key: the pair one spelling of a Latin name must match.
    private static string WordwiseGiven(string name) => Wordwise(name) + "|" + GivenKey(name);

    // The last word's key: spellings of one name vary in the given names (شين جين بينغ) far more than two people of
    // one given name differ in the family name (خالد العيسى، خالد العطية).
    private static string FamilyKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : PhoneticKey.Of(words[^1]);
    }

    // The words' keys joined: a double consonant across two words is two sounds. Without it a name whose middle word
    // only repeats its neighbours' consonants collapses onto a shorter one (Mohamed Waheed Hassan, Mohamad Hasan); word
    // breaks may still differ (شي جين بينغ, Xi Jinping).
    // It also says whether the name opens on a letter the key keeps: "Mohamed Ennaceur" and "Hamid Ansari" (محمد الناصر،
    // حامد أنصاري) share every class, as the h between two m's is dropped, but one opens on m and the other on h.
    private static string Wordwise(string name) =>
        (OpensOnKeptLetter(name) ? "+" : "-") + string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PhoneticKey.Of));

    private static bool OpensOnKeptLetter(string name) => NameKey.Of(name) is { Length: > 0 } folded && PhoneticKey.Of(folded[..1]).Length > 0;

    // "محمد شهباز شريف", "Muhammad Shehbaz Sharif": a known name of two words after one more given name is that
    // person, before any other known person whose name shares the first and last words (محمد نواز شريف). Not in the
    // Arab way of naming, where the word before a family's name is the son's (أحمد مشعل الأحمد, Ahmad Meshal Al-Ahmad).
    private Gazetteer.GazetteerEntry? WithFurtherGivenName(string name, bool latin)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || IsLineage(name)) return null;
        var rest = name[(space + 1)..].Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words.Any(w => w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("Al-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("El-", StringComparison.OrdinalIgnoreCase)))
            return null;
        var key = PhoneticKey.Of(rest);
        return key.Length >= MinKey && ExactKey(rest, key, latin, out var e) ? e : null;
    }

    // "نايف فلاح مبارك الحجرف" for "نايف فلاح الحجرف": a name of three words or more with the first and last words of
    // one known person's name is that person written with more of their names, unless it is a lineage (تركي بن محمد بن
    // فهد is not تركي بن فهد).
    private Gazetteer.GazetteerEntry? WithMiddleNames(string name)
    {
        if (name.Count(c => c == ' ') < 2) return null;
        var words = NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Any(w => w is "بن" or "ابن" or "bin" or "ibn")) return null;
        if (!_byEnds.TryGetValue(words[0] + "|" + words[^1], out var e) || e is null) return null;
        // (More of their names: one of the person's names with those ends is shorter. "Tran Luu Quang" is not "Tran Dai
        // Quang", another middle name in as many words.)
        foreach (var form in e.Names)
            if (NameKey.Of(form).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } known && known.Length < words.Length
                && known[0] == words[0] && known[^1] == words[^1])
                return e;
        return null;
    }

    // The first word's key. In a lineage (أسعد بن طارق آل سعيد, هيثم بن طارق آل سعيد) the father's and the dynasty's
    // names are shared by brothers, so there the given name must agree too.
    private static string GivenKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : PhoneticKey.Of(words[0]);
    }

    private static bool IsLineage(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            var w = name.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (w is "بن" or "ابن" or "آل" or "bin" or "ibn" or "Al" or "al") return true;
        }
        return false;
    }

    // A one-edit neighbour of a short key can be a different name altogether (أليسا سلوتكين found He Lifeng,
    // محمد العايش found أحمد الشرع): a fuzzy match must be one edit from one of the person's own keys, both keys of
    // five classes or more, and start with the same sound.
    // The key one edit away, the family name and the given name must all be those of one of the person's names:
    // "Mohamed Ennaceur" is one sound off "Hamid Ansari" and shares its given name with "Mohammad Hamid Ansari", but is
    // neither.
    // So must the number of words: "تشو تشيانغ" (Zhou Qiang) is one sound off "تشن وي تشينغ" (Chen Weiqing) only by
    // running two of its words together.
    private bool Close(Gazetteer.GazetteerEntry e, string key, string family, string? given, int words) =>
        _formsOf.TryGetValue(e, out var forms) && forms.Any(f => f.Key.Length >= FuzzyFrom && f.Key[0] == key[0] && OneEdit(f.Key, key)
            && f.Family == family && (given is null || f.Given == given) && f.Words == words);

    private static int WordCount(string name)
    {
        var count = 0;
        foreach (var range in name.AsSpan().Split(' '))
            if (range.End.Value > range.Start.Value) count++;
        return count;
    }

    /// <summary>Whether two keys differ by at most one inserted, deleted or changed class.</summary>
    internal static bool OneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        if (a.Length < b.Length) (a, b) = (b, a);
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            i++;
            if (a.Length == b.Length) j++;
        }
        return edits + (a.Length - i) <= 1;
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++) yield return key.Remove(i, 1);
    }

    private static void Put(Dictionary<string, Gazetteer.GazetteerEntry?> map, string key, Gazetteer.GazetteerEntry e)
    {
        if (map.TryGetValue(key, out var old)) { if (old != e) map[key] = null; }
        else map[key] = e;
    }
}
