namespace AllianceRules.Claims;

/// <summary>One claim of the article, paraphrased, with where it stands in the text.</summary>
/// <param name="Id">The claim ID, <c>C01</c> to <c>C56</c>.</param>
/// <param name="Paragraphs">The article's paragraphs it rests on (¶0 is the standfirst).</param>
/// <param name="Kind">What part it plays in the rulebook.</param>
/// <param name="Text">The claim in our words.</param>
public sealed record Claim(string Id, IReadOnlyList<int> Paragraphs, ClaimKind Kind, string Text);
