namespace AllianceRules.AspNetCore.Contracts;

/// <summary>One claim of the article (<see cref="Claims.Claim"/>).</summary>
/// <param name="Id">C01 to C56.</param>
/// <param name="Paragraphs">The article's paragraphs it rests on (0 is the standfirst).</param>
/// <param name="Kind">Rule, Evidence or Background.</param>
/// <param name="Text">The claim, paraphrased.</param>
/// <param name="Hedge">The article's own hedge, where it has one.</param>
internal sealed record ClaimItem(string Id, IReadOnlyList<int> Paragraphs, string Kind, string Text, string? Hedge);
