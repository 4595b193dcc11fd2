using DiplomacyGraph.Extraction.Pipeline;

namespace DiplomacyGraph.Extraction.Tests.Pipeline;

public sealed class PhoneticIndexTests
{
    private static readonly PhoneticIndex Index = new(DiplomacyGraph.Extraction.Gazetteer.Gazetteer.Load(TestData.GazetteerDirectory));

    [Theory]
    // Spellings the gazetteer does not list: an Arabic variant of a Chinese given name, a Latin vowel.
    [InlineData("شين جين بينغ", "Xi Jinping")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    public void Find_spellingsOfAKnownName_findThatPerson(string name, string expected) =>
        Assert.Equal(expected, Index.Find(name)?.NameEn);

    [Theory]
    // Every sound shared with "Fahad Al-Yousef", but another given name where the words break.
    [InlineData("Fadillah Yusof")]
    // Breaks like "William Lai" and begins like "Lai Ching-te": neither name of that person.
    [InlineData("El Molla")]
    // Every class shared with "Hamid Ansari" (the h between two m's is dropped), and a given name of one of his names
    // (Mohammad Hamid Ansari); but it opens on m where his opens on h.
    [InlineData("Mohamed Ennaceur")]
    public void Find_latinNameWithAnotherGivenName_findsNoOne(string name) => Assert.Null(Index.Find(name));
}
