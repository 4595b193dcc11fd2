namespace DiplomacyGraph.Extraction.Text;

/// <summary>
/// The word tokens of a text a <see cref="WordPredicate"/> holds for, in text order (see
/// <see cref="TokenizedText.PositionsOf"/>): a loop over them reads the few words a rule looks for, not every token.
/// </summary>
internal readonly struct WordPositions(TokenizedText text, WordPredicate predicate)
{
    public Enumerator GetEnumerator() => new(text, predicate);

    public struct Enumerator(TokenizedText text, WordPredicate predicate)
    {
        private readonly List<(int Token, uint Answers)>? _listed = text.ListedFor(predicate);
        private int _at = -1;

        public int Current { get; private set; } = -1;

        public bool MoveNext()
        {
            if (_listed is { } listed)
            {
                while (++_at < listed.Count)
                {
                    if ((listed[_at].Answers & predicate.Bit) == 0) continue;
                    Current = listed[_at].Token;
                    return true;
                }
                return false;
            }
            // Not listed: asked of every word.
            var tokens = text.Span;
            while (++_at < tokens.Length)
            {
                if (!tokens[_at].IsWord || !predicate.Holds(text, _at)) continue;
                Current = _at;
                return true;
            }
            return false;
        }
    }
}
