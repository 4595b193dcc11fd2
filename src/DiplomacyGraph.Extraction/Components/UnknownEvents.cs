using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Extraction.Matching;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Named events the gazetteer does not know, from an English name of capitalised words that ends in an event noun
/// ("the Raisina Dialogue", "the India-Nordic Summit", "the NATO summit", "Abu Dhabi Sustainability Week") or opens
/// with one and runs on ("the Summit for a New Global Financing Pact", "Expo 2020 Dubai"). The edition written before
/// a name ("the 11th BRICS summit", "the second Russia-Africa Summit", "the 2018 Beijing Summit …") is a surface form
/// of the event, known or not; the name without it is the event's.
/// </summary>
internal sealed class UnknownEvents : IPipelineComponent
{
    private const int MaxWords = 10;

    public string Name => "unknown-events";
    public DocumentLayer Needs => DocumentLayer.Mentions | DocumentLayer.Sentences;
    public DocumentLayer Adds => DocumentLayer.None;

    // Nouns that end (or open) an event's name. ("Forum" and "Council" name bodies as often as meetings: left out.)
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "summit", "conference", "dialogue", "expo", "exhibition", "games", "olympics", "cup", "week", "congress", "fair",
    };

    // Capitalised words that open a sentence or a phrase without being part of a name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "at", "in", "on", "during", "after", "before", "following", "ahead", "his", "her",
        "their", "its", "our", "last", "next", "upcoming", "recent", "both", "speaking", "addressing", "attending", "while", "when",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "extraordinary", "emergency",
    };

    // Words that may stand inside a name after its head ("Summit for a New Global Financing Pact", "Conference on Dialogue
    // of Asian Civilizations", "Summit of the Future").
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "for", "the", "a", "and" };

    private static readonly HashSet<string> QualifiedHeads = new(StringComparer.Ordinal) { "forum", "meeting", "retreat", "assembly" };

    // Both sets, answered once per word (see WordPredicate): the loop reads the positions of the words they hold.
    private static readonly WordPredicate HeadWord = new(key => Heads.Contains(key) || QualifiedHeads.Contains(key));

    // Words before "Forum" that make it a gathering ("Economic Forum", "Business Forum", "Diplomacy Forum").
    private static readonly HashSet<string> GatheringWords = new(StringComparer.Ordinal) { "economic", "business", "diplomacy", "investment", "urban", "energy", "women" };

    // Words that make a "Dialogue" a standing bilateral mechanism ("Strategic Dialogue", "Defense Ministerial Dialogue").
    private static readonly HashSet<string> MechanismWords = new(StringComparer.Ordinal)
    {
        "strategic", "ministerial", "political", "security", "economic", "joint", "commission", "committee", "council",
    };

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "special", "international", "national", "trilateral", "bilateral", "annual", "regional", "global", "emergency", "high",
    };

    // A mechanism's word among the two before the noun ("Joint Commission Meeting", "Defence Ministers' Dialogue").
    private static bool MechanismBefore(ExtractionDocument doc, int first, int head)
    {
        var tokens = doc.Tokens.Tokens;
        for (var k = Math.Max(first, head - 3); k < head; k++)
            if (MechanismWords.Contains(tokens[k].Key) || tokens[k].Key == "ministers" && tokens[head].Key == "dialogue") return true;
        return false;
    }

    private static readonly HashSet<string> OrdinalWords = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        if (doc.Lang != "en") return;
        var tokens = doc.Tokens.Tokens;
        // The head nouns only (their positions, from the text's listed words); a name read resumes the search after its end.
        var resumeAt = 1;
        foreach (var i in doc.Tokens.PositionsOf(HeadWord))
        {
            if (i < resumeAt) continue;
            // "the Conference on Interaction and Confidence Building Measures in Asia": a body the gazetteer knows.
            if (doc.TokenMention[i] is { Kind: PatternKind.Entity, Entity.Kind: not NodeKind.Event }) continue;
            var s = doc.SentenceOf(i);
            if (s < 0) continue;
            var (sentenceFirst, sentenceLast) = doc.Sentences[s];
            var first = NameStart(doc, i, sentenceFirst);
            var capitalHead = Capitalised(doc, i);
            // "the summit" alone names nothing; "BRICS summit" and "the Summit for …" do.
            var last = capitalHead ? NameEnd(doc, i, sentenceLast) : i;
            if (first == i && last == i) continue;
            // "Summit 2025": a year alone after the head is no name.
            if (first == i && last == i + 1 && !Capitalised(doc, last)) continue;
            // "the Congress Center", "the Summit Hall": a head followed by another capitalised word only qualifies it.
            if (last == i && i + 1 <= sentenceLast && tokens[i + 1].IsWord && Capitalised(doc, i + 1)) continue;
            // "the Ankara summit", "the Sudanese dialogue": a place or a people before a lower-case noun says where or
            // whose, not a name.
            if (!capitalHead && OnlyPlacesOrPeoples(doc, first, i - 1)) continue;
            // "the China-Brazil Global Strategic Dialogue": a bilateral mechanism, not an event.
            // ("the Joint Commission Meeting", "the Defence Ministers' Dialogue": so is a commission's or ministers' meeting.)
            if (tokens[i].Key is "dialogue" or "meeting" && MechanismBefore(doc, first, i)) continue;
            // "the Special Meeting", "the International Forum": one plain adjective before the noun is no name.
            if (i - first == 1 && GenericWords.Contains(tokens[first].Key)) continue;
            var edition = Edition(doc, first, sentenceFirst);
            // "the National Congress", "the General Assembly": a parliament, a party or a body unless an edition is given.
            if (tokens[i].Key is "congress" or "assembly" && edition == first) continue;
            // "Forum", "Meeting", "Retreat" name a meeting only as a capitalised name's last word, and a forum only as
            // a gathering's ("Qatar Economic Forum", "the 9th Eastern Economic Forum"), not as a body's.
            if (QualifiedHeads.Contains(tokens[i].Key) && !(capitalHead && first < i
                && (tokens[i].Key != "forum" || GatheringWords.Contains(tokens[i - 1].Key) || edition < first))) continue;
            if (AnyEntity(doc, first, last, NodeKind.Person)) continue;
            if (KnownEvent(doc, first, last) is { } known)
            {
                // A known event named with its edition: that surface is the event's too.
                if (edition < first) known.AddSurface(doc.Text, tokens[edition].Start, tokens[last].End);
                resumeAt = last + 1;
                continue;
            }
            if (AnyEntity(doc, first, last, NodeKind.Event)) { resumeAt = last + 1; continue; }
            Add(doc, first, last, edition);
            resumeAt = last + 1;
        }
    }

    // The first token of the capitalised words (and joiners) right before the head at `head`.
    private static int NameStart(ExtractionDocument doc, int head, int sentenceFirst)
    {
        var tokens = doc.Tokens.Tokens;
        var first = head;
        for (var k = head - 1; k >= sentenceFirst && head - k <= MaxWords; k--)
        {
            var t = tokens[k];
            if (t.IsWord && Capitalised(doc, k) && !NotNameWords.Contains(t.Key)) { first = k; continue; }
            // "Russia-Africa", "Group of Seven": a hyphen or "of" between two capitalised words.
            // "Foreign Ministers' Meeting", "Leaders' Retreat": the possessive's apostrophe.
            if (t.Key is "-" or "\u2013" or "of" or "'" or "\u2019" && k > sentenceFirst && tokens[k - 1].IsWord && Capitalised(doc, k - 1) && first == k + 1) continue;
            break;
        }
        return first;
    }

    // The last token of the name a capitalised head opens ("Summit for a New Global Financing Pact", "Expo 2020 Dubai").
    private static int NameEnd(ExtractionDocument doc, int head, int sentenceLast)
    {
        var tokens = doc.Tokens.Tokens;
        var last = head;
        for (var k = head + 1; k <= sentenceLast && k - head <= MaxWords; k++)
        {
            var t = tokens[k];
            // "Forum on China-Africa Cooperation": a hyphen between capitalised words.
            if (t.Key is "-" or "\u2013" && last == k - 1 && k + 1 <= sentenceLast && tokens[k + 1].IsWord && Capitalised(doc, k + 1)) continue;
            if (!t.IsWord) break;
            if (Capitalised(doc, k) && !NotNameWords.Contains(t.Key) || k == head + 1 && char.IsAsciiDigit(doc.Text[t.Start]) && t.Key.Length == 4) { last = k; continue; }
            if (!Connectors.Contains(t.Key)) break;
        }
        // "Summit for a …" with no capitalised word after the joiners names nothing more.
        return last;
    }

    // An ordinal or a year right before the name: "the 11th BRICS summit", "the second Russia-Africa summit", "the 2018 Beijing Summit".
    private static int Edition(ExtractionDocument doc, int first, int sentenceFirst)
    {
        var k = first - 1;
        if (k < sentenceFirst || !doc.Tokens.Tokens[k].IsWord) return first;
        var key = doc.Tokens.Tokens[k].Key;
        var ordinal = OrdinalWords.Contains(key)
            || key.Length >= 3 && char.IsAsciiDigit(key[0]) && (key.EndsWith("st", StringComparison.Ordinal) || key.EndsWith("nd", StringComparison.Ordinal) || key.EndsWith("rd", StringComparison.Ordinal) || key.EndsWith("th", StringComparison.Ordinal))
            || key.Length == 4 && key.All(char.IsAsciiDigit) && key[0] is '1' or '2';
        return ordinal ? k : first;
    }

    private static bool OnlyPlacesOrPeoples(ExtractionDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (doc.TokenMention[k] is not ({ Kind: PatternKind.Demonym } or { Kind: PatternKind.Entity, Entity.Kind: NodeKind.Place or NodeKind.Country })) return false;
        return true;
    }

    private static bool Capitalised(ExtractionDocument doc, int token) => char.IsUpper(doc.Text[doc.Tokens.Tokens[token].Start]);

    // The gazetteer event whose match lies inside [first, last] and ends at `last` ("BRICS summit" in "11th BRICS summit").
    private static DocEntity? KnownEvent(ExtractionDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (doc.TokenMention[k] is { Kind: PatternKind.Entity, Entity: { Kind: NodeKind.Event } e } m && m.LastToken == last) return e;
        return null;
    }

    // Whether an entity of the kind is matched anywhere in [first, last].
    private static bool AnyEntity(ExtractionDocument doc, int first, int last, NodeKind kind)
    {
        for (var k = first; k <= last; k++)
            if (doc.TokenMention[k] is { Kind: PatternKind.Entity } m && m.Entity?.Kind == kind) return true;
        return false;
    }

    private static void Add(ExtractionDocument doc, int first, int last, int edition)
    {
        var tokens = doc.Tokens.Tokens;
        var (start, end) = (tokens[first].Start, tokens[last].End);
        var name = doc.Text[start..end];
        var id = NodeIds.Entity(NodeKind.Event, Tokenizer.Tokenize(name).Key);
        if (!doc.Entities.TryGetValue(id, out var e))
        {
            e = new DocEntity(NodeKind.Event, id) { NameEn = name };
            doc.Entities[id] = e;
        }
        e.Spans.Add((start, end));
        e.AddSurface(doc.Text, start, end);
        if (edition < first) e.AddSurface(doc.Text, tokens[edition].Start, end);
        // The relation reader finds events by their mentions; a name with a country or body inside it ("India-Nordic
        // Summit", "NATO summit") keeps those words' own mentions, which the other readers use.
        for (var k = first; k <= last; k++)
            if (doc.TokenMention[k] is not null) return;
        doc.AddMention(new Mention { FirstToken = first, LastToken = last, Start = start, End = end, Kind = PatternKind.Entity, Entity = e });
    }
}
