using DiplomacyGraph.Extraction.Gazetteer;

namespace DiplomacyGraph.Extraction.Tests.Gazetteer;

public sealed class GazetteerLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dg-gaz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string file, params string[] lines) => File.WriteAllLines(Path.Combine(_dir, file), lines);

    [Fact]
    public void Load_rowWithTooFewCells_namesFileAndLine()
    {
        Write("countries.tsv", "# comment", "iso\tname_en\tname_ar\tname_zh\taliases_en\taliases_ar\tsource", "KZ\tKazakhstan\tقازاقستان");
        var e = Assert.Throws<GazetteerFormatException>(() => Extraction.Gazetteer.Gazetteer.Load(_dir));
        Assert.Equal(3, e.Line);
        Assert.StartsWith("countries.tsv:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_officeOfUnknownPerson_isRejected()
    {
        Write("people.tsv", "id\tname_en\tname_ar\taliases_en\taliases_ar\tcountry\tsource", "xi-jinping\tXi Jinping\tشي جين بينغ\t\t\tCN\ttest");
        Write("offices.tsv", "person_id\ttitle\tcountry\tfrom\tto\tsource", "nobody\tPresident\tCN\t2013-03-14\t\ttest");
        var e = Assert.Throws<GazetteerFormatException>(() => Extraction.Gazetteer.Gazetteer.Load(_dir));
        Assert.Contains("nobody", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_badDate_isRejected()
    {
        Write("people.tsv", "id\tname_en\tname_ar\taliases_en\taliases_ar\tcountry\tsource", "xi-jinping\tXi Jinping\t\t\t\tCN\ttest");
        Write("offices.tsv", "person_id\ttitle\tcountry\tfrom\tto\tsource", "xi-jinping\tPresident\tCN\t14/03/2013\t\ttest");
        Assert.Throws<GazetteerFormatException>(() => Extraction.Gazetteer.Gazetteer.Load(_dir));
    }

    [Fact]
    public void Load_missingColumn_isRejected()
    {
        Write("countries.tsv", "iso\tname_en", "KZ\tKazakhstan");
        Assert.Throws<GazetteerFormatException>(() => Extraction.Gazetteer.Gazetteer.Load(_dir));
    }

    [Fact]
    public void Load_missingDirectory_saysWhich() =>
        Assert.Contains("nowhere", Assert.Throws<DirectoryNotFoundException>(() => Extraction.Gazetteer.Gazetteer.Load(Path.Combine(_dir, "nowhere"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Load_realGazetteer_hasPeopleWithOffices()
    {
        var g = Extraction.Gazetteer.Gazetteer.Load(TestData.GazetteerDirectory);
        Assert.Contains(g.Entries, e => e.NameEn == "Bakytzhan Sagintayev" && e.Offices.Any(o => o.Title == "Prime Minister" && o.HeldOn(new DateOnly(2018, 11, 22))));
        Assert.NotEmpty(g.Titles);
        Assert.NotEmpty(g.MeetingCues);
    }
}
