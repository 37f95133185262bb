namespace AllianceRules;

/// <summary>
/// A reader's disagreement with the article, packaged: it switches claims or rules off and adds
/// rule types of its own (tagged with its own claim IDs, such as <c>X01</c>). The CLI's
/// <c>diff --amendment</c> loads every implementation from an assembly and shows what changes.
/// </summary>
public interface IRulebookAmendment
{
    /// <summary>What the amendment claims, in a sentence.</summary>
    string Description { get; }

    /// <summary>Changes the options an amended assessor is compiled with.</summary>
    /// <param name="options">The options to change.</param>
    void Apply(AllianceRulesOptions options);
}
