namespace AllianceRules.Claims;

/// <summary>One claim of the article, paraphrased, with where it stands in the text.</summary>
/// <param name="Id">The claim ID, <c>C01</c> to <c>C56</c>.</param>
/// <param name="Paragraphs">The article's paragraphs it rests on (¶0 is the standfirst).</param>
/// <param name="Kind">What part it plays in the rulebook.</param>
/// <param name="Text">The claim in our words; where the article hedges, the paraphrase keeps the hedge.</param>
public sealed record Claim(string Id, IReadOnlyList<int> Paragraphs, ClaimKind Kind, string Text)
{
    /// <summary>
    /// The article's own modal words where it hedges the claim, for example <c>likely to arouse</c>
    /// (C12) or <c>not nil</c> (C31); <see langword="null"/> where the article states the claim
    /// without a hedge. Reports print it beside the claim's ID, so a reader sees that a conclusion
    /// resting on the claim is no surer than the article is.
    /// </summary>
    public string? Hedge { get; init; }
}
