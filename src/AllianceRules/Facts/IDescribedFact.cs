namespace AllianceRules.Facts;

/// <summary>
/// A fact that says what it is in words, for justifications and reports. Every fact the rulebook
/// inserts or derives implements it, so a new fact type cannot compile without its words; a fact
/// of an amendment that does not is shown by its <see cref="object.ToString"/>.
/// </summary>
public interface IDescribedFact
{
    /// <summary>The fact in words, such as <c>relations are hostile; settlement tried and failed</c>.</summary>
    /// <returns>The words.</returns>
    string Describe();
}
