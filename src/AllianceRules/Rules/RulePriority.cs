namespace AllianceRules.Rules;

/// <summary>
/// Firing order, named after the sections of the rulebook (the folder a rule lives in), so a
/// rule's priority says where it stands in the argument: geography, posture, responses to offers,
/// needs and commitment, risks, outlook and advice. Where some rules of a section wait for what
/// the others conclude (a negation or a collection over it, a conclusion drawn from it), they fire
/// one step later, at the section's <c>…Consequence</c> priority. Sections that do not read one
/// another's conclusions share a value.
/// </summary>
/// <remarks>
/// Truth maintenance would correct an early conclusion anyway (a linked fact is retracted when its
/// match goes); ordering the sections avoids that churn.
/// </remarks>
internal static class RulePriority
{
    public const int Geography = 100;
    public const int GeographyConsequence = 90;
    public const int Posture = 80;
    public const int PostureConsequence = 75;
    public const int Offers = 70;
    public const int OffersConsequence = 65;
    public const int Needs = 60;
    public const int Commitment = 60;
    public const int CommitmentConsequence = 50;
    public const int Risks = 50;
    public const int RisksConsequence = 40;
    public const int Outlook = 40;
    public const int Advice = 40;
}
