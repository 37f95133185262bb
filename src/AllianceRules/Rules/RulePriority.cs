namespace AllianceRules.Rules;

/// <summary>
/// Firing order by layer. Truth maintenance would correct an early conclusion anyway (a linked
/// fact is retracted when its match goes); ordering the layers avoids that churn.
/// </summary>
internal static class RulePriority
{
    public const int Geography = 100;
    public const int GeographyConsequence = 90;
    public const int Posture = 80;
    public const int PostureConsequence = 75;
    public const int Responses = 70;
    public const int Assessment = 60;
    public const int Consequence = 50;
    public const int Advice = 40;
}
