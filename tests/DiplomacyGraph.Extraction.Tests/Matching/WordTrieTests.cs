using DiplomacyGraph.Extraction.Matching;

namespace DiplomacyGraph.Extraction.Tests.Matching;

public sealed class WordTrieTests
{
    [Fact]
    public void Walk_wordsAndSeparators_reachTheirKey()
    {
        var trie = new WordTrie(["a b", "a | c", "a"]);
        var a = trie.WordId("a");
        var afterA = trie.First(a);
        Assert.Equal(2, trie.Output(afterA));
        Assert.Equal(0, trie.Output(trie.Step(afterA, barrier: false, trie.WordId("b"))));
        Assert.Equal(1, trie.Output(trie.Step(afterA, barrier: true, trie.WordId("c"))));
        // The separator is part of the key: "a c" is not "a | c".
        Assert.Equal(-1, trie.Step(afterA, barrier: false, trie.WordId("c")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("| a")]
    [InlineData("a |")]
    [InlineData("a  b")]
    public void New_keyNoTextCanHold_isLeftOut(string key)
    {
        var trie = new WordTrie([key]);
        Assert.Equal(1, trie.NodeCount);
    }

    [Fact]
    public void WordId_unknownWord_isMinusOne() => Assert.Equal(-1, new WordTrie(["a"]).WordId("b"));
}
