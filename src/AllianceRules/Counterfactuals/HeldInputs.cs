using System.Globalization;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// The inputs a counterfactual search holds fixed in one scenario: the roles, geography between
/// third parties unless the caller lets it vary (D33), and the paths the caller names, each
/// resolved against the scenario (a power by name or number, an offer by number or by source and
/// kind) to the prefix of the change paths it holds.
/// </summary>
internal sealed class HeldInputs
{
    /// <summary>The attributes of a power the search varies, in the order it varies them.</summary>
    private static readonly string[] PowerAttributes = ["stance", "resolve", "extraRegional", "avoidsLandWar", "politicalSystem", "capable"];

    private static readonly string[] OfferAttributes = ["domains", "annualUsd"];

    /// <summary>Every form a path may take, for the message that refuses one.</summary>
    private static readonly string Grammar =
        "relation, relation.level, relation.settlementFailed, powers, " +
        $"powers[NAME or N] with .{string.Join(", .", PowerAttributes[..^1])} or .{PowerAttributes[^1]}, " +
        $"geography, geography[+], geography[N], offers, offers[+], offers[N or FROM,KIND] with .{string.Join(" or .", OfferAttributes)}, roles";

    private readonly string[] _prefixes;

    private HeldInputs(IReadOnlyList<FixedInput> fixedInputs, string[] prefixes, bool varyThirdPartyGeography)
    {
        Fixed = fixedInputs;
        _prefixes = prefixes;
        VaryThirdPartyGeography = varyThirdPartyGeography;
    }

    /// <summary>The roles alone, with third-party geography held: the search's default.</summary>
    public static HeldInputs Default(Scenario scenario) => Resolve(scenario, CounterfactualOptions.Default);

    /// <summary>What was held, in order: the roles, geography between third parties, then the caller's paths as given.</summary>
    public IReadOnlyList<FixedInput> Fixed { get; }

    /// <summary>Whether land borders between a great power and the neighbour may change.</summary>
    public bool VaryThirdPartyGeography { get; }

    /// <summary>Resolves the options against <paramref name="scenario"/>.</summary>
    /// <exception cref="FormatException">A path names nothing the search varies, or nothing the scenario holds; the message names it and the choices.</exception>
    public static HeldInputs Resolve(Scenario scenario, CounterfactualOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var roles = scenario.Roles;
        var held = new List<FixedInput> { new("roles", roles.Describe(), FixedBecause.Role) };
        if (!options.VaryThirdPartyGeography)
        {
            foreach (var power in scenario.Powers)
            {
                var index = IndexOfBorder(scenario, power.Name, roles.Neighbour);
                held.Add(index < 0
                    ? new FixedInput("geography[+]", $"no land border between {power.Name} and {roles.Neighbour}", FixedBecause.ThirdPartyGeography)
                    : new FixedInput(Indexed("geography", index), scenario.Geography[index].Describe(), FixedBecause.ThirdPartyGeography));
            }
        }

        var prefixes = new List<string>();
        foreach (var path in (options.Fixed ?? []).Distinct(StringComparer.Ordinal))
        {
            var (prefix, value) = Resolve(scenario, path ?? throw new FormatException($"a fixed input is null: name a path such as relation.level ({Grammar})"));
            prefixes.Add(prefix);
            held.Add(new FixedInput(path, value, FixedBecause.Asked));
        }

        return new HeldInputs(held, [.. prefixes], options.VaryThirdPartyGeography);
    }

    /// <summary>Whether <paramref name="change"/> changes an input the caller holds fixed.</summary>
    public bool Holds(ScenarioChange change) =>
        _prefixes.Any(prefix => change.Field == prefix
            || (change.Field.StartsWith(prefix, StringComparison.Ordinal) && change.Field[prefix.Length] is '.' or '['));

    /// <summary>The prefix of the change paths <paramref name="path"/> holds, and its value in words.</summary>
    private static (string Prefix, string Value) Resolve(Scenario scenario, string path)
    {
        var (list, index, attribute) = Split(path);
        switch (list)
        {
            case "relation" when index is null:
                return attribute switch
                {
                    null => ("relation", scenario.Relation.Describe()),
                    "level" => ("relation.level", scenario.Relation.Level.ToString()),
                    "settlementFailed" => ("relation.settlementFailed", Bool(scenario.Relation.SettlementFailed)),
                    _ => throw Unknown(path, $"relation has level and settlementFailed"),
                };
            case "roles" when index is null:
                return attribute switch
                {
                    null => ("roles", scenario.Roles.Describe()),
                    "hedgingState" => ("roles.hedgingState", scenario.Roles.HedgingState),
                    "neighbour" => ("roles.neighbour", scenario.Roles.Neighbour),
                    _ => throw Unknown(path, "roles has hedgingState and neighbour"),
                };
            case "powers":
                return PowerPath(scenario, path, index, attribute);
            case "geography" when attribute is null:
                if (index is null or "+")
                {
                    return index is null ? ("geography", Listed(scenario.Geography.Select(g => g.Describe()))) : ("geography[+]", "nothing added");
                }

                var entry = Number(path, index, scenario.Geography.Count, "geography");
                return (Indexed("geography", entry), scenario.Geography[entry].Describe());
            case "offers":
                return OfferPath(scenario, path, index, attribute);
            default:
                throw Unknown(path, null);
        }
    }

    private static (string Prefix, string Value) PowerPath(Scenario scenario, string path, string? index, string? attribute)
    {
        if (index is null)
        {
            return attribute is null ? ("powers", Listed(scenario.Powers.Select(p => p.Name))) : throw Unknown(path, "name a power: powers[NAME or N]." + attribute);
        }

        // Digits are an index, as the changes print a power (powers[1].resolve), even where a power is
        // named with digits: a path copied from the output holds what it printed. Such a power is
        // held by its index.
        var names = scenario.Powers.Select(p => p.Name).ToArray();
        var digits = index.Length > 0 && index.All(char.IsAsciiDigit);
        if (digits && Array.IndexOf(names, index) is var named and >= 0
            && !(int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < names.Length))
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Names.Quote(path)}: digits are an index, as the changes print a power, and the scenario's powers are numbered 0 to {names.Length - 1}; the power named {Names.Quote(index)} is powers[{named}]"));
        }

        var i = digits ? Number(path, index, names.Length, "powers") : Array.IndexOf(names, index);
        if (i < 0)
        {
            var closest = Names.Closest(index, names);
            throw new FormatException(
                $"{Names.Quote(path)} names {Names.Quote(index)}, which is not a great power of the scenario" +
                (closest is null ? "" : $"; did you mean {Names.Quote(closest)}?") +
                (names.Length == 0 ? " (it declares none)" : $" (it declares {string.Join(", ", names.Order(StringComparer.Ordinal).Take(10).Select(Names.Quote))}{(names.Length > 10 ? ", …" : "")})"));
        }

        var power = scenario.Powers[i];
        var prefix = Indexed("powers", i);
        return attribute switch
        {
            null => (prefix, power.Describe()),
            "stance" => (prefix + ".stance", power.Stance.ToString()),
            "resolve" => (prefix + ".resolve", power.Resolve.ToString()),
            "extraRegional" => (prefix + ".extraRegional", Bool(power.ExtraRegional)),
            "avoidsLandWar" => (prefix + ".avoidsLandWar", Bool(power.AvoidsLandWar)),
            "politicalSystem" => (prefix + ".politicalSystem", power.PoliticalSystem.ToString()),
            "capable" => (prefix + ".capable", Bool(power.Capable)),
            _ => throw Unknown(path, $"a power has {string.Join(", ", PowerAttributes)}{DidYouMean(attribute, PowerAttributes)}"),
        };
    }

    private static (string Prefix, string Value) OfferPath(Scenario scenario, string path, string? index, string? attribute)
    {
        if (index is null || index == "+")
        {
            return attribute is null
                ? (index is null ? ("offers", Listed(scenario.Offers.Select(o => o.Describe()))) : ("offers[+]", "nothing added"))
                : throw Unknown(path, "name an offer: offers[N or FROM,KIND]." + attribute);
        }

        var comma = index.LastIndexOf(',');
        int i;
        if (comma < 0)
        {
            i = Number(path, index, scenario.Offers.Count, "offers");
        }
        else
        {
            var (from, kind) = (index[..comma].Trim(), index[(comma + 1)..].Trim());
            i = scenario.Offers.ToList().FindIndex(o => o.From == from && o.Kind.ToString() == kind);
            if (i < 0)
            {
                var held = scenario.Offers.Select(o => $"{o.From},{o.Kind}").ToArray();
                throw new FormatException(
                    $"{Names.Quote(path)} names no offer of the scenario" +
                    (held.Length == 0 ? " (it holds none)" : $" (it holds {string.Join(", ", held.Take(10).Select(Names.Quote))}{(held.Length > 10 ? ", …" : "")})"));
            }
        }

        var offer = scenario.Offers[i];
        var prefix = Indexed("offers", i);
        return attribute switch
        {
            null => (prefix, offer.Describe()),
            "domains" => (prefix + ".domains", offer.Domains.Count == 0 ? "[]" : $"[{string.Join(", ", offer.Domains)}]"),
            "annualUsd" when !offer.Kind.IsAid() => throw new FormatException(
                $"{Names.Quote(path)}: a {offer.Kind} offer states no amount (only MilitaryAid and EconomicAid do), so the search has none to change"),
            "annualUsd" => (prefix + ".annualUsd", offer.AnnualUsd is { } usd ? usd.ToString("0", CultureInfo.InvariantCulture) : "(none)"),
            _ => throw Unknown(path, $"an offer has {string.Join(" and ", OfferAttributes)}{DidYouMean(attribute, OfferAttributes)}"),
        };
    }

    /// <summary>A path's list, the text between its brackets (null without), and the attribute after its dot (null without).</summary>
    private static (string List, string? Index, string? Attribute) Split(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.LastIndexOf(']');
        if (open < 0)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? (path, null, null) : (path[..dot], null, path[(dot + 1)..]);
        }

        if (close < open)
        {
            throw Unknown(path, "a '[' is not closed");
        }

        var rest = path[(close + 1)..];
        if (rest.Length > 0 && rest[0] != '.')
        {
            throw Unknown(path, null);
        }

        return (path[..open], path[(open + 1)..close], rest.Length == 0 ? null : rest[1..]);
    }

    private static int Number(string path, string index, int count, string list)
    {
        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= count)
        {
            throw new FormatException(
                $"{Names.Quote(path)}: the scenario's {(list == "geography" ? "geography entries" : list)} " +
                (count == 0 ? "are empty" : string.Create(CultureInfo.InvariantCulture, $"are numbered 0 to {count - 1}")) +
                (list == "powers" ? " (or name the power)" : list == "offers" ? " (or name the offer as FROM,KIND)" : ""));
        }

        return n;
    }

    private static string DidYouMean(string attribute, string[] choices) =>
        Names.Closest(attribute, choices) is { } closest ? $"; did you mean {Names.Quote(closest)}?" : "";

    private static FormatException Unknown(string path, string? hint) =>
        new($"{Names.Quote(path)} is not an input the search varies{(hint is null ? "" : $" ({hint})")}: use one of {Grammar}");

    private static int IndexOfBorder(Scenario scenario, string actor, string neighbour)
    {
        for (var i = 0; i < scenario.Geography.Count; i++)
        {
            if (scenario.Geography[i].IsLandBorderBetween(actor, neighbour))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Indexed(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static string Listed(IEnumerable<string> items) => items.ToArray() is { Length: > 0 } all ? string.Join("; ", all) : "(none)";

    private static string Bool(bool value) => value ? "true" : "false";
}
