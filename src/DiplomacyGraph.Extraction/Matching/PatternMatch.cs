namespace DiplomacyGraph.Extraction.Matching;

/// <summary>A pattern found over tokens [FirstToken, LastToken]; <see cref="PrefixLength"/> key chars of the first token are a clitic.</summary>
internal readonly record struct PatternMatch(Pattern Pattern, int FirstToken, int LastToken, int PrefixLength);
