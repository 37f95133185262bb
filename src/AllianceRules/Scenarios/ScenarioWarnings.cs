using System.Globalization;
using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>The warnings of a valid scenario, in the order of the paths they point at.</summary>
internal static class ScenarioWarnings
{
    public static IReadOnlyList<ScenarioWarning> Of(Scenario scenario)
    {
        List<ScenarioWarning>? warnings = null;
        void Warn(string id, string path, string message) => (warnings ??= []).Add(new ScenarioWarning(id, path, message));

        if (!scenario.Relation.IsBad && scenario.Relation.SettlementFailed)
        {
            Warn("W01", "$.relation.settlementFailed", $"a failed settlement with {scenario.Relation.Level} relations: the rulebook reads it only once relations are bad (C20), so here it changes nothing");
        }

        var neighbour = scenario.Roles.Neighbour;
        for (var i = 0; i < scenario.Offers.Count; i++)
        {
            var offer = scenario.Offers[i];
            var power = scenario.Powers.FirstOrDefault(p => string.Equals(p.Name, offer.From, StringComparison.Ordinal));
            if (power is null)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"$.offers[{i}]");
            if (!power.Capable)
            {
                Warn("W02", path, $"an offer from {Names.Quote(power.Name)}, which the scenario says can no longer supply the security and aid it offers (C27): the offer is read as made (a patron's commitment gets the gap NotCapable; a power in rapprochement relied on through it is a lost patron)");
            }

            if (offer.Kind.IsGuarantee() && offer.Covers(Domain.Land) && !CanProtectLand(scenario, power, neighbour))
            {
                Warn("W03", path + ".domains", $"a guarantee that lists Land from {Names.Quote(power.Name)}, which cannot protect on land (no land border with {Names.Quote(neighbour)} it will fight across, and no troops offered): it is read as protecting at sea at most (C33)");
            }
        }

        return warnings ?? (IReadOnlyList<ScenarioWarning>)[];
    }

    // The input half of CanProtectLand (rulebook: Derived facts), so that a warning needs no session.
    private static bool CanProtectLand(Scenario scenario, GreatPower power, string neighbour) =>
        (!power.AvoidsLandWar && scenario.Geography.Any(g => g.IsLandBorderBetween(power.Name, neighbour)))
        || scenario.Offers.Any(o => o.From == power.Name && o.Kind == OfferKind.TroopStationing);
}
