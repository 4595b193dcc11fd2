using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacyGraph.Extraction.Evaluation;

/// <summary>
/// A faithful port of shared/tools/score.py: the same entity matching (Country by ISO; others by type and a
/// shared name), the same name resolver for meetings, offices and relations, the same greedy counting, rows and
/// numbers. Works on JSON so that gold and predictions are read exactly as the Python scorer reads them.
/// </summary>
public static class DocumentScorer
{
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "ALIGNED_WITH", "PARTNER_OF", "MET" };

    /// <summary>Scores every NAME.gold.json in <paramref name="goldDir"/> against NAME.json in <paramref name="predDir"/>.</summary>
    public static ScoreReport ScoreDirectories(string goldDir, string predDir)
    {
        var report = new ScoreReport();
        foreach (var gf in Directory.GetFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(gf)[..^".gold.json".Length];
            var gold = Parse(File.ReadAllText(gf)) ?? [];
            var pf = Path.Combine(predDir, stem + ".json");
            var pred = File.Exists(pf) ? Parse(File.ReadAllText(pf)) ?? [] : [];
            ScoreDocument(gold, pred, report);
            report.Documents++;
        }
        return report;
    }

    /// <summary>Adds one document's counts to <paramref name="report"/>.</summary>
    public static void ScoreDocument(JsonObject gold, JsonObject pred, ScoreReport report)
    {
        var res = Resolver(gold, pred);
        var ge = Objects(gold, "entities");
        var pe = Objects(pred, "entities");
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in ge.Concat(pe)) types.Add(Str(e, "type") ?? "None");
        foreach (var t in types)
        {
            var g = ge.Where(e => (Str(e, "type") ?? "None") == t).ToList();
            var p = pe.Where(e => (Str(e, "type") ?? "None") == t).ToList();
            var tp = MatchCount(g, p, EntKeyMatch);
            report.Add("entity:" + t, tp, p.Count, g.Count);
            report.Add("entities (all)", tp, p.Count, g.Count);
        }

        bool MeetEq(JsonObject g, JsonObject p)
        {
            var gs = Strings(g, "participants").Select(res).ToHashSet(StringComparer.Ordinal);
            var ps = Strings(p, "participants").Select(res).ToHashSet(StringComparer.Ordinal);
            if (!gs.SetEquals(ps)) return false;
            if (Truthy(Str(g, "date")) && Str(g, "date") != Str(p, "date")) return false;
            if (Truthy(Str(g, "place")) && res(Str(g, "place")) != res(Str(p, "place"))) return false;
            return true;
        }
        var gm = Objects(gold, "meetings");
        var pm = Objects(pred, "meetings");
        report.Add("meetings", MatchCount(gm, pm, MeetEq), pm.Count, gm.Count);

        bool OfficeEq(JsonObject g, JsonObject p) =>
            res(Str(g, "person")) == res(Str(p, "person"))
            && ScoreText.Norm(Str(g, "title")) == ScoreText.Norm(Str(p, "title"))
            && ScoreText.Norm(Str(g, "country")) == ScoreText.Norm(Str(p, "country"));
        var go = Objects(gold, "offices");
        var po = Objects(pred, "offices");
        report.Add("offices", MatchCount(go, po, OfficeEq), po.Count, go.Count);

        bool RelEq(JsonObject g, JsonObject p)
        {
            if (Str(g, "type") != Str(p, "type")) return false;
            var (a1, a2) = (res(Str(g, "from")), res(Str(g, "to")));
            var (b1, b2) = (res(Str(p, "from")), res(Str(p, "to")));
            return (a1 == b1 && a2 == b2) || (Str(g, "type") is { } ty && Symmetric.Contains(ty) && a1 == b2 && a2 == b1);
        }
        var gr = Objects(gold, "relations");
        var pr = Objects(pred, "relations");
        report.Add("relations", MatchCount(gr, pr, RelEq), pr.Count, gr.Count);

        var goldDate = (gold["document"] as JsonObject) is { } gd ? Str(gd, "date") : null;
        var predDate = (pred["document"] as JsonObject) is { } pd ? Str(pd, "date") : null;
        report.Add("document date", goldDate is null || goldDate == predDate ? 1 : 0, 1, 1);
    }

    private static bool EntKeyMatch(JsonObject g, JsonObject p)
    {
        if (Str(g, "type") != Str(p, "type")) return false;
        if (Str(g, "type") == "Country")
            return (Str(g, "iso") ?? "").ToUpperInvariant() == (Str(p, "iso") ?? "").ToUpperInvariant() && Truthy(Str(g, "iso"));
        var gn = NameSet(g);
        if (gn.Overlaps(Names(p))) return true;
        return Names(g).Overlaps(NameSet(p));
    }

    // {norm(name.en), norm(name.ar)} - {""}
    private static HashSet<string> NameSet(JsonObject e)
    {
        var name = e["name"] as JsonObject;
        var set = new HashSet<string>(StringComparer.Ordinal) { ScoreText.Norm(name is null ? null : Str(name, "en")), ScoreText.Norm(name is null ? null : Str(name, "ar")) };
        set.Remove("");
        return set;
    }

    private static HashSet<string> Names(JsonObject e)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (e["name"] is JsonObject name)
            foreach (var (_, v) in name)
                if (v is JsonValue jv && jv.TryGetValue<string>(out var s) && s.Length > 0) set.Add(ScoreText.Norm(s));
        foreach (var a in Strings(e, "aliases")) set.Add(ScoreText.Norm(a));
        set.Remove("");
        return set;
    }

    private static Func<string?, string> Resolver(JsonObject gold, JsonObject pred)
    {
        var goldEnts = Objects(gold, "entities");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in Objects(pred, "entities"))
        {
            var hit = goldEnts.FirstOrDefault(g => EntKeyMatch(g, p));
            string? target = null;
            if (hit is not null) target = Or(ScoreText.Norm((hit["name"] as JsonObject) is { } hn ? Str(hn, "en") : null), ScoreText.Norm(Str(hit, "iso")));
            var keys = Names(p);
            var iso = ScoreText.Norm(Str(p, "iso"));
            if (iso.Length > 0) keys.Add(iso);
            foreach (var n in keys) table.TryAdd(n, Or(target ?? "", n));
        }
        foreach (var g in goldEnts)
        {
            var canon = Or(ScoreText.Norm((g["name"] as JsonObject) is { } gn ? Str(gn, "en") : null), ScoreText.Norm(Str(g, "iso")));
            var keys = Names(g);
            var iso = ScoreText.Norm(Str(g, "iso"));
            if (iso.Length > 0) keys.Add(iso);
            foreach (var n in keys) table[n] = canon;
        }
        return s =>
        {
            var k = ScoreText.Norm(s);
            return table.TryGetValue(k, out var v) ? v : k;
        };
    }

    private static int MatchCount(List<JsonObject> golds, List<JsonObject> preds, Func<JsonObject, JsonObject, bool> eq)
    {
        var used = new HashSet<int>();
        var tp = 0;
        foreach (var g in golds)
        {
            for (var i = 0; i < preds.Count; i++)
            {
                if (used.Contains(i) || !eq(g, preds[i])) continue;
                used.Add(i);
                tp++;
                break;
            }
        }
        return tp;
    }

    private static string Or(string a, string b) => a.Length > 0 ? a : b;

    private static bool Truthy(string? s) => !string.IsNullOrEmpty(s);

    private static JsonObject? Parse(string json)
    {
        try { return JsonNode.Parse(json) as JsonObject; }
        catch (JsonException) { return null; }
    }

    private static List<JsonObject> Objects(JsonObject o, string key) =>
        o[key] is JsonArray a ? a.OfType<JsonObject>().ToList() : [];

    private static IEnumerable<string?> Strings(JsonObject o, string key) =>
        o[key] is JsonArray a ? a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null) : [];

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
