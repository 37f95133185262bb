namespace AllianceRules.AspNetCore.Contracts;

/// <summary>A kind of conclusion, the section of the assessment that holds it, and the values an explain question may ask about.</summary>
internal sealed record ConclusionKindItem(string Kind, IReadOnlyList<string> Values);
