using System.CommandLine;
using AllianceRules.Counterfactuals;

namespace AllianceRules.Cli;

/// <summary>
/// A search command's <c>--fix PATH</c> (repeatable) and <c>--vary-third-party-geography</c>:
/// what the counterfactual search may not change. Every path is checked against the scenario
/// before anything is assessed; each bad one is refused on its own error line, never ignored.
/// </summary>
internal sealed class FixOptions
{
    private readonly Option<string[]> _fix = new("--fix")
    {
        Description = "Hold an input fixed: the search proposes no change of it. PATH as the changes print it (relation.level, powers[0].stance, offers[1].domains, offers[+], geography[+]), "
            + "a power by name (powers[United States].avoidsLandWar), an offer by source and kind (offers[United States,SecurityGuarantee]), or a whole part (relation, powers[0], geography, offers). "
            + "Repeat it for more. The roles and the land borders between a great power and the neighbour are held without it (decision D33).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> _varyThirdPartyGeography = new("--vary-third-party-geography")
    {
        Description = "Let the search add or remove a land border between a great power and the neighbour, which it holds fixed by default since no one can change it (decision D33).",
    };

    public void AddTo(Command command)
    {
        command.Add(_fix);
        command.Add(_varyThirdPartyGeography);
    }

    /// <summary>The options the command line asks for, each path checked against <paramref name="scenario"/>.</summary>
    /// <exception cref="InputException">A path names nothing the search varies or nothing the scenario holds: one line per bad path.</exception>
    public CounterfactualOptions Get(ParseResult parse, Scenario scenario)
    {
        var paths = parse.GetValue(_fix) ?? [];
        var problems = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                _ = new CounterfactualOptions { Fixed = [path] }.HeldIn(scenario);
            }
            catch (FormatException ex)
            {
                problems.Add($"--fix: {ex.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return new CounterfactualOptions { Fixed = paths, VaryThirdPartyGeography = parse.GetValue(_varyThirdPartyGeography) };
    }
}
