using System.Globalization;
using DiplomacyGraph.Domain.Graph;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Selection;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

/// <summary>The files and the request parsing do not change with the machine's culture (Arabic digits, Turkish i).</summary>
public sealed class CultureIndependenceTests
{
    private static async Task<T> InCultureAsync<T>(string name, Func<Task<T>> action)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl, "ar-SA")]
    [InlineData(ExportFormat.GraphMl, "tr-TR")]
    [InlineData(ExportFormat.NodeLinkJson, "ar-SA")]
    [InlineData(ExportFormat.Cypher, "ar-SA")]
    [InlineData(ExportFormat.Cypher, "tr-TR")]
    public async Task TextFormats_underArabicAndTurkishCultures_areByteIdenticalToInvariant(ExportFormat format, string culture)
    {
        var invariant = await InCultureAsync("", () => Exports.BytesAsync(SyntheticGraph.Graph(), format));
        var other = await InCultureAsync(culture, () => Exports.BytesAsync(SyntheticGraph.Graph(), format));

        Assert.Equal(invariant, other);
    }

    [Fact]
    public async Task RequestParser_underTurkishCulture_readsKindsTypesAndDates()
    {
        var request = await InCultureAsync("tr-TR", () => Task.FromResult(ExportRequestParser.Parse(
            [
                KeyValuePair.Create("format", (IReadOnlyList<string>)["GRAPHML"]),
                KeyValuePair.Create("kind", (IReadOnlyList<string>)["meeting,initiative,article"]),
                KeyValuePair.Create("type", (IReadOnlyList<string>)["participated_in"]),
            ])));

        Assert.Equal([NodeKind.Meeting, NodeKind.Initiative, NodeKind.Article], request.Selection.Kinds);
        Assert.Equal(["PARTICIPATED_IN"], request.Selection.Types);
    }
}
