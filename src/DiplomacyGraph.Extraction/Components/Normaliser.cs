using DiplomacyGraph.Domain.Text;
using DiplomacyGraph.Extraction.Pipeline;
using DiplomacyGraph.Extraction.Text;

namespace DiplomacyGraph.Extraction.Components;

/// <summary>
/// Builds the match keys (ArabicFolding/NameKey rules: no diacritics or tatweel, alef forms and ى/ي, ة/ه folded,
/// Arabic-Indic digits, invariant lower case) with the token map back to the original text, and settles the
/// language when the article does not state it.
/// </summary>
internal sealed class Normaliser : IPipelineComponent
{
    public string Name => "normaliser";
    public DocumentLayer Needs => DocumentLayer.Text;
    public DocumentLayer Adds => DocumentLayer.Tokens;

    public void Process(ExtractionDocument doc, CancellationToken ct)
    {
        doc.Tokens = Tokenizer.Tokenize(doc.Text, doc.TokenBuffer ?? new List<Token>());
        doc.TokenMention = doc.NewTokenMentions(doc.Tokens.Tokens.Count);
        if (doc.Article.Lang is null) doc.Lang = DetectLanguage(doc.Text);
    }

    /// <summary>"ar" when Arabic letters outnumber Latin ones.</summary>
    public static string DetectLanguage(string text)
    {
        int ar = 0, latin = 0;
        var n = Math.Min(text.Length, 20_000);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (ArabicFolding.IsArabicLetter(c)) ar++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return ar > latin ? "ar" : "en";
    }
}
