using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Sentences end at a full stop, ! ? ؟ ؛ or a line break. The Arabic comma ، joins clauses of one sentence
/// (a title and its name are often split by it), so it does not end one. English abbreviations keep their stop.
/// </summary>
internal sealed class SentenceSplitter : IPipelineComponent
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "prof", "sen", "rep", "gov", "jr", "sr", "inc", "co", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h", "e", "u", "s", "n", "k",
    };

    public string Name => "sentences";
    public DocumentLayer Needs => DocumentLayer.Tokens;
    public DocumentLayer Adds => DocumentLayer.Sentences;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens.Span;
        var text = doc.Text;
        var start = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (start < 0) start = i;
            var end = false;
            ref readonly var t = ref tokens[i];
            if (!t.IsWord && t.Key is "." or "!" or "?" or "\u061F" or "\u061B")
                end = t.Key != "." || !IsAbbreviation(tokens, i, text);
            if (!end && i + 1 < tokens.Length && HasLineBreak(text, t.End, tokens[i + 1].Start)) end = true;
            if (end || i == tokens.Length - 1)
            {
                doc.Sentences.Add((start, i));
                start = -1;
            }
        }
    }

    // (Read between every two tokens, mostly across one space: that one character is tested without a span search.)
    internal static bool HasLineBreak(string text, int from, int to) =>
        to > from && (to - from == 1 ? text[from] == '\n' : text.AsSpan(from, to - from).Contains('\n'));

    // "Ferdinand R. Marcos Jr.", "George W. Bush": one capital letter between two capitalised words is an initial.
    private static bool MiddleInitial(ReadOnlySpan<Text.Token> tokens, int dot, string text)
    {
        var prev = tokens[dot - 1];
        if (prev.Key.Length != 1 || !char.IsAsciiLetterUpper(text[prev.Start]) || dot < 2 || dot + 1 >= tokens.Length) return false;
        var (before, after) = (tokens[dot - 2], tokens[dot + 1]);
        return before.IsWord && after.IsWord && before.End < prev.Start && char.IsUpper(text[before.Start]) && char.IsUpper(text[after.Start])
            && after.Key is not ("the" or "he" or "she" or "it" or "they" or "in" or "on" or "at" or "a");
    }

    private static bool IsAbbreviation(ReadOnlySpan<Text.Token> tokens, int dot, string text)
    {
        if (dot == 0 || !tokens[dot - 1].IsWord) return false;
        var prev = tokens[dot - 1];
        if (prev.End != tokens[dot].Start) return false;
        if (MiddleInitial(tokens, dot, text)) return true;
        if (!Abbreviations.Contains(prev.Key)) return false;
        // "… in the U.S. The next day": a capital after the stop still ends the sentence unless it is a title-case name run.
        if (dot + 1 < tokens.Length && tokens[dot + 1].IsWord)
        {
            var c = text[tokens[dot + 1].Start];
            return !(prev.Key is "s" or "u" && char.IsUpper(c) && tokens[dot + 1].Key is "the" or "he" or "she" or "it" or "they");
        }
        return false;
    }
}
