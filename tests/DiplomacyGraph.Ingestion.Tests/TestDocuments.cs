using DiplomacyGraph.Domain.Articles;
using DiplomacyGraph.Domain.Documents;

namespace DiplomacyGraph.Ingestion.Tests;

/// <summary>An Arabic and an English report of one meeting, written for these tests, with their document graphs.</summary>
internal static class TestDocuments
{
    public const string ArabicBody = "بكين 22 نوفمبر 2018 (شينخوا) التقى الرئيس الصيني شي جين بينغ رئيس الوزراء القازاقي باكيتجان ساجينتاييف في بكين يوم الخميس.";
    public const string EnglishBody = "BEIJING, Nov. 22 (Xinhua) -- Chinese President Xi Jinping met with Kazakh Prime Minister Bakytzhan Sagintayev in Beijing on Thursday.";

    public static Article ArabicArticle => new("meeting_ar.txt", ArabicBody) { Lang = "ar", Url = "https://example.org/ar/1" };

    public static Article EnglishArticle => new("meeting_en.txt", EnglishBody) { Lang = "en", Url = "https://example.org/en/1", Title = "Xi meets Kazakh PM" };

    public static DocumentGraph Arabic()
    {
        var sentence = new Span(0, ArabicBody.Length);
        return new DocumentGraph(new DocumentInfo("meeting_ar.txt", "ar", "2018-11-22", "Beijing"))
        {
            Entities =
            [
                new("Person", new("Xi Jinping", "شي جين بينغ")) { Mentions = [At(ArabicBody, "شي جين بينغ")] },
                new("Person", new("Bakytzhan Sagintayev", "باكيتجان ساجينتاييف")) { Aliases = ["ساجينتاييف"], Mentions = [At(ArabicBody, "باكيتجان ساجينتاييف")] },
                new("Country", new("China", "الصين")) { Iso = "CN" },
                new("Country", new("Kazakhstan", "قازاقستان")) { Iso = "KZ" },
                new("Place", new("Beijing", "بكين")) { Country = "CN", Mentions = [At(ArabicBody, "بكين")] },
            ],
            Meetings = [new(["Xi Jinping", "Bakytzhan Sagintayev"], "2018-11-22", "Beijing") { Evidence = sentence }],
            Offices =
            [
                new("Xi Jinping", "President", "CN") { Evidence = sentence },
                new("Bakytzhan Sagintayev", "Prime Minister", "KZ") { Evidence = sentence },
            ],
        };
    }

    public static DocumentGraph English()
    {
        var sentence = new Span(0, EnglishBody.Length);
        return new DocumentGraph(new DocumentInfo("meeting_en.txt", "en", "2018-11-22", "Beijing"))
        {
            Entities =
            [
                new("Person", new("Xi Jinping", null)) { Mentions = [At(EnglishBody, "Xi Jinping")] },
                new("Person", new("Bakytzhan Sagintayev", null)) { Mentions = [At(EnglishBody, "Bakytzhan Sagintayev")] },
                new("Country", new("China", null)) { Iso = "CN", Aliases = ["Chinese"] },
                new("Country", new("Kazakhstan", null)) { Iso = "KZ", Aliases = ["Kazakh"] },
                new("Place", new("Beijing", null)) { Country = "CN" },
            ],
            Meetings = [new(["Bakytzhan Sagintayev", "xi jinping"], "2018-11-22", "beijing") { Evidence = sentence }],
            Offices =
            [
                new("Xi Jinping", "President", "CN") { Evidence = sentence },
                new("Bakytzhan Sagintayev", "Prime Minister", "KZ") { Evidence = sentence },
            ],
        };
    }

    public static Span At(string body, string text)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new Span(start, start + text.Length);
    }
}
