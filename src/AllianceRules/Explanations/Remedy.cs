using AllianceRules.Counterfactuals;

namespace AllianceRules.Explanations;

/// <summary>A smallest set of input changes under which a conclusion would be drawn, and the rules that would draw it.</summary>
/// <param name="Changes">The changes, each a JSON path with its value before and after.</param>
/// <param name="Rules">The rules that would draw the conclusion in the changed scenario, if it is a drawn conclusion rather than an absence.</param>
/// <param name="Claims">The claim IDs those rules carry.</param>
public sealed record Remedy(IReadOnlyList<ScenarioChange> Changes, IReadOnlyList<string> Rules, IReadOnlyList<string> Claims);
