namespace AllianceRules.AspNetCore.Contracts;

/// <summary>
/// A kind of conclusion, as its descriptor (<c>ConclusionDescriptor</c>) says: the values an explain
/// question may ask about, and where an assessment holds the kind, so that a client lays out and
/// keys the findings from this and the assessment JSON alone.
/// </summary>
/// <param name="Kind">The kind's name, such as <c>Response</c>.</param>
/// <param name="Values">The values a conclusion of the kind can take; <c>(none)</c> where it may be left undrawn.</param>
/// <param name="Key">The key syntax, such as <c>responses[From,Kind]</c>; a part that may be left out ends in <c>?</c>.</param>
/// <param name="Section">The property of the assessment (or, with <paramref name="Within"/>, of the finding holding it) that holds the kind's findings.</param>
/// <param name="Title">The section's title in reports; null for a kind shown within another.</param>
/// <param name="Within">The kind whose findings hold this kind's (<c>Commitment</c> for <c>Gap</c>); null for a kind the assessment holds.</param>
/// <param name="Single">Whether the section is one finding, not a list (the posture).</param>
/// <param name="Subject">The properties of a finding that hold its key's subject, in key order.</param>
/// <param name="Optional">Whether each subject property may be left out (then the key leaves it out too).</param>
/// <param name="Value">The property of a finding that holds its value (a boolean reads as the first of the values when true, the second when false); null for a kind that is drawn or not (<c>present</c>).</param>
/// <param name="Phrases">For each subject or value property that takes a value of the vocabulary, the words for each value (<c>kind</c>: <c>AllianceTreaty</c> → <c>alliance treaty</c>), as text reports write them; keys and JSON keep the names.</param>
internal sealed record ConclusionKindItem(
    string Kind,
    IReadOnlyList<string> Values,
    string Key,
    string Section,
    string? Title,
    string? Within,
    bool Single,
    IReadOnlyList<string> Subject,
    IReadOnlyList<bool> Optional,
    string? Value,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Phrases);
