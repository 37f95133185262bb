using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AllianceRules.Claims;
using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>
/// Checks what the JSON shape cannot: that names refer to declared actors, that offers carry
/// only the domains and amounts their kind allows, and that nothing is given twice. Every
/// problem is reported with its JSON path.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>The largest yearly aid accepted, in US dollars (ten trillion): more is taken for a typing error.</summary>
    public const decimal MaxAnnualUsd = 10_000_000_000_000m;

    /// <summary>The earliest year a coercion event may carry.</summary>
    public const int MinYear = 1000;

    /// <summary>
    /// How many scenarios this thread has validated: lets tests see that a scenario is validated
    /// once, where it comes in. Per thread, so that tests running side by side do not count each other.
    /// </summary>
    [ThreadStatic]
    internal static int ValidationsOnThisThread;

    /// <summary>The latest year a coercion event may carry.</summary>
    public const int MaxYear = 3000;

    /// <summary>Lists every problem with <paramref name="scenario"/>; empty when it is valid.</summary>
    /// <param name="scenario">The scenario to check.</param>
    /// <returns>The problems, in document order.</returns>
    public static IReadOnlyList<ScenarioError> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ValidationsOnThisThread++;
        var errors = new List<ScenarioError>();
        var context = new Context(errors, [scenario.Roles.HedgingState, scenario.Roles.Neighbour, .. scenario.Powers.Select(p => p?.Name)]);

        CheckText(scenario.Schema, "$['$schema']", context);
        CheckName(scenario.Id, "$.id", context, required: false);
        CheckText(scenario.Title, "$.title", context);
        CheckText(scenario.Date, "$.date", context);
        ValidateRoles(scenario.Roles, context);
        if (scenario.Relation is null)
        {
            context.Add("$.relation", "is required");
        }
        else
        {
            CheckEnum(scenario.Relation.Level, "$.relation.level", context);
        }

        var powers = ValidatePowers(scenario.Powers, scenario.Roles, context);
        ValidateGeography(scenario.Geography, scenario.Roles, powers, context);
        ValidateOffers(scenario.Offers, powers, context);
        ValidateCoercion(scenario.Coercion, context);
        ValidateObserved(scenario.Observed, scenario.Offers, powers, context);
        ValidateClaims(scenario.Claims, context);
        ValidateCodingDecisions(scenario.CodingDecisions, context);
        ValidateTexts(scenario.Notes, "$.notes", context);
        ValidateTexts(scenario.Sources, "$.sources", context);
        return errors;
    }

    /// <summary>Throws <see cref="ScenarioValidationException"/> listing every problem, if there is any.</summary>
    /// <param name="scenario">The scenario to check.</param>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    public static void ThrowIfInvalid(Scenario scenario)
    {
        var errors = Validate(scenario);
        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }
    }

    private static void ValidateRoles(ScenarioRoles roles, Context context)
    {
        if (CheckName(roles.HedgingState, "$.roles.hedgingState", context)
            && CheckName(roles.Neighbour, "$.roles.neighbour", context)
            && Names.Key(roles.HedgingState) == Names.Key(roles.Neighbour))
        {
            context.Add("$.roles.neighbour", $"{Names.Quote(roles.Neighbour)} cannot be both the hedging state and the neighbour");
        }
    }

    private static HashSet<string> ValidatePowers(IReadOnlyList<GreatPower> powers, ScenarioRoles roles, Context context)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        CheckCount(powers.Count, ScenarioLimits.MaxPowers, "$.powers", "great powers", nameof(ScenarioLimits.MaxPowers), context);
        var roleKeys = new[] { (Key: SafeKey(roles.HedgingState), Role: "hedging state"), (Key: SafeKey(roles.Neighbour), Role: "neighbour") };

        for (var i = 0; i < powers.Count; i++)
        {
            var path = Index("$.powers", i);
            if (powers[i] is not { } power)
            {
                context.Add(path, "must not be null");
                continue;
            }

            CheckEnum(power.Stance, path + ".stance", context);
            CheckEnum(power.Resolve, path + ".resolve", context);
            if (!CheckName(power.Name, path + ".name", context))
            {
                continue;
            }

            var key = Names.Key(power.Name);
            if (keys.TryGetValue(key, out var first))
            {
                context.Add(path + ".name", powers[first].Name == power.Name
                    ? $"{Names.Quote(power.Name)} is already declared at {Index("$.powers", first)}"
                    : $"{Names.Quote(power.Name)} is already declared at {Index("$.powers", first)} as {Names.Quote(powers[first].Name)}: names are the same whatever their case, width or Unicode form");
            }
            else if (roleKeys.FirstOrDefault(r => r.Key == key) is { Role: { } role })
            {
                context.Add(path + ".name", $"{Names.Quote(power.Name)} is the {role}, not a great power");
            }
            else
            {
                names[power.Name] = i;
                keys[key] = i;
            }
        }

        return [.. names.Keys];
    }

    private static void ValidateGeography(
        IReadOnlyList<GeographyConstraint> geography, ScenarioRoles roles, HashSet<string> powers, Context context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        CheckCount(geography.Count, ScenarioLimits.MaxGeography, "$.geography", "geography entries", nameof(ScenarioLimits.MaxGeography), context);
        for (var i = 0; i < geography.Count; i++)
        {
            var path = Index("$.geography", i);
            if (geography[i] is not { } constraint)
            {
                context.Add(path, "must not be null");
                continue;
            }

            if (!CheckEnum(constraint.Kind, path + ".kind", context))
            {
                continue;
            }

            string key;
            if (constraint.Kind == GeographyKind.LandBorder)
            {
                if (constraint.Subject is not null)
                {
                    context.Add(path + ".subject", "applies to Overseas only; a LandBorder names its actors in 'between'");
                }

                if (constraint.Between.Count != 2)
                {
                    context.Add(path + ".between", "a LandBorder joins exactly two actors");
                    continue;
                }

                for (var j = 0; j < 2; j++)
                {
                    var name = constraint.Between[j];
                    if (CheckName(name, Index(path + ".between", j), context) && !IsActor(name, roles, powers))
                    {
                        context.Add(
                            Index(path + ".between", j),
                            $"{Names.Quote(name)} is not a declared actor (the hedging state, the neighbour or a great power){DidYouMean(name, [.. powers, roles.HedgingState, roles.Neighbour])}");
                    }
                }

                if (constraint.Between[0] == constraint.Between[1])
                {
                    context.Add(path + ".between", $"a land border joins two different actors, not {Names.Quote(constraint.Between[0])} with itself");
                    continue;
                }

                key = "LandBorder:" + string.Join("|", constraint.Between.Order(StringComparer.Ordinal));
            }
            else
            {
                if (constraint.Between.Count > 0)
                {
                    context.Add(path + ".between", "applies to LandBorder only; Overseas names its power in 'subject'");
                }

                if (!CheckName(constraint.Subject, path + ".subject", context))
                {
                    continue;
                }

                if (!powers.Contains(constraint.Subject!))
                {
                    context.Add(path + ".subject", $"{Names.Quote(constraint.Subject)} is not a declared great power{DidYouMean(constraint.Subject!, powers)}");
                }

                key = "Overseas:" + constraint.Subject;
            }

            if (seen.TryGetValue(key, out var first))
            {
                context.Add(path, $"repeats {Index("$.geography", first)}");
            }
            else
            {
                seen[key] = i;
            }
        }
    }

    private static void ValidateOffers(IReadOnlyList<GreatPowerOffer> offers, HashSet<string> powers, Context context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // A response is concluded per power and kind of offer (responses[From,Kind]): a second offer
        // of a kind from one power would make two conclusions of one key.
        var kinds = new Dictionary<(string From, OfferKind Kind), int>();
        CheckCount(offers.Count, ScenarioLimits.MaxOffers, "$.offers", "offers", nameof(ScenarioLimits.MaxOffers), context);
        for (var i = 0; i < offers.Count; i++)
        {
            var path = Index("$.offers", i);
            if (offers[i] is not { } offer)
            {
                context.Add(path, "must not be null");
                continue;
            }

            if (CheckName(offer.From, path + ".from", context) && !powers.Contains(offer.From))
            {
                context.Add(path + ".from", $"{Names.Quote(offer.From)} is not a declared great power{DidYouMean(offer.From, powers)}");
            }

            if (!CheckEnum(offer.Kind, path + ".kind", context))
            {
                continue;
            }

            var domainsValid = true;
            for (var d = 0; d < offer.Domains.Count; d++)
            {
                domainsValid &= CheckEnum(offer.Domains[d], Index(path + ".domains", d), context);
            }

            if (!domainsValid)
            {
                continue;
            }

            ValidateDomains(offer, path, context);
            ValidateAmounts(offer, path, context);

            var key = OfferKey(offer);
            if (seen.TryGetValue(key, out var first))
            {
                context.Add(path, $"repeats {Index("$.offers", first)}");
            }
            else if (offer.From is not null && kinds.TryGetValue((offer.From, offer.Kind), out var sameKind))
            {
                context.Add(path, $"is a second {offer.Kind} offer from {Names.Quote(offer.From)} (the first is {Index("$.offers", sameKind)}): the rules answer one offer of a kind from a power, so give its domains and amounts in one offer (decision D34)");
            }
            else
            {
                seen[key] = i;
                if (offer.From is not null)
                {
                    kinds[(offer.From, offer.Kind)] = i;
                }
            }
        }
    }

    private static void ValidateDomains(GreatPowerOffer offer, string path, Context context)
    {
        var domainsPath = path + ".domains";
        if (offer.Domains.Distinct().Count() != offer.Domains.Count)
        {
            context.Add(domainsPath, "lists a domain twice");
        }

        switch (offer.Kind)
        {
            case OfferKind.AllianceTreaty or OfferKind.SecurityGuarantee when offer.Domains.Count == 0:
                context.Add(domainsPath, $"{offer.Kind} must list the domains it covers (Land, Sea)");
                break;
            case OfferKind.TroopStationing when offer.Domains.Any(d => d != Domain.Land):
                context.Add(domainsPath, "TroopStationing is always Land: omit domains or give [\"Land\"]");
                break;
            case OfferKind.PartnershipUpgrade or OfferKind.EconomicAid when offer.Domains.Count > 0:
                context.Add(domainsPath, $"{offer.Kind} covers no domain: omit domains");
                break;
        }
    }

    private static void ValidateAmounts(GreatPowerOffer offer, string path, Context context)
    {
        if (!offer.Kind.IsAid())
        {
            if (offer.AnnualUsd is not null)
            {
                context.Add(path + ".annualUsd", $"only MilitaryAid and EconomicAid state an amount, not {offer.Kind}");
            }

            if (offer.ShareOfGdp is not null)
            {
                context.Add(path + ".shareOfGdp", $"only MilitaryAid and EconomicAid state an amount, not {offer.Kind}");
            }

            return;
        }

        if (offer.AnnualUsd is { } usd && (usd < 0 || usd > MaxAnnualUsd))
        {
            context.Add(path + ".annualUsd", string.Create(CultureInfo.InvariantCulture, $"must be between 0 and {MaxAnnualUsd:0} US dollars a year, not {usd}"));
        }

        if (offer.ShareOfGdp is { } share && (share < 0 || share > 1))
        {
            context.Add(path + ".shareOfGdp", string.Create(CultureInfo.InvariantCulture, $"is a fraction of GDP between 0 and 1 (0.1 is 10%), not {share}"));
        }
    }

    private static void ValidateCoercion(IReadOnlyList<CoercionEvent> coercion, Context context)
    {
        // Events carry no identity of their own: two equal ones would be one fact to the engine.
        var seen = new Dictionary<CoercionEvent, int>();
        CheckCount(coercion.Count, ScenarioLimits.MaxCoercion, "$.coercion", "coercion events", nameof(ScenarioLimits.MaxCoercion), context);
        for (var i = 0; i < coercion.Count; i++)
        {
            var path = Index("$.coercion", i);
            if (coercion[i] is not { } coercionEvent)
            {
                context.Add(path, "must not be null");
                continue;
            }

            CheckName(coercionEvent.Kind, path + ".kind", context);
            CheckEnum(coercionEvent.Domain, path + ".domain", context);
            if (coercionEvent.Year is < MinYear or > MaxYear)
            {
                context.Add(path + ".year", string.Create(CultureInfo.InvariantCulture, $"must be between {MinYear} and {MaxYear}, not {coercionEvent.Year}"));
            }

            if (seen.TryGetValue(coercionEvent, out var first))
            {
                context.Add(path, $"repeats {Index("$.coercion", first)}");
            }
            else
            {
                seen[coercionEvent] = i;
            }
        }
    }

    private static void ValidateObserved(
        ObservedOutcome? observed, IReadOnlyList<GreatPowerOffer> offers, HashSet<string> powers, Context context)
    {
        if (observed is null)
        {
            return;
        }

        var fields = new HashSet<string>(StringComparer.Ordinal);
        if (observed.Posture is { } posture)
        {
            CheckEnum(posture, "$.observed.posture", context);
            fields.Add(ObservedOutcome.PostureField);
        }

        ValidateObservedRisks(observed.Risks, fields, context);
        var recorded = new Dictionary<(string From, OfferKind Kind), int>();
        for (var i = 0; i < observed.Responses.Count; i++)
        {
            var path = Index("$.observed.responses", i);
            if (observed.Responses[i] is not { } response)
            {
                context.Add(path, "must not be null");
                continue;
            }

            if (!CheckName(response.From, path + ".from", context) || !CheckEnum(response.Kind, path + ".kind", context) || !CheckEnum(response.Decision, path + ".decision", context))
            {
                continue;
            }

            if (!powers.Contains(response.From))
            {
                context.Add(path + ".from", $"{Names.Quote(response.From)} is not a declared great power{DidYouMean(response.From, powers)}");
            }
            else if (!offers.Any(o => o is not null && o.From == response.From && o.Kind == response.Kind))
            {
                context.Add(path, $"no {response.Kind} offer from {Names.Quote(response.From)} is in $.offers");
            }
            else if (recorded.TryGetValue((response.From, response.Kind), out var first))
            {
                context.Add(path, $"the response to the {response.Kind} offer from {Names.Quote(response.From)} is already recorded at {Index("$.observed.responses", first)} (decision D34)");
            }
            else
            {
                recorded[(response.From, response.Kind)] = i;
                fields.Add(ObservedOutcome.ResponseField(response.From, response.Kind));
            }
        }

        ValidatePostHoc(observed.PostHoc, fields, context);
    }

    private static void ValidateObservedRisks(IReadOnlyList<ObservedRisk> risks, HashSet<string> fields, Context context)
    {
        var seen = new Dictionary<Risk, int>();
        for (var i = 0; i < risks.Count; i++)
        {
            var path = Index("$.observed.risks", i);
            if (risks[i] is not { } risk)
            {
                context.Add(path, "must not be null");
                continue;
            }

            if (!CheckEnum(risk.Risk, path + ".risk", context) || !CheckEnum(risk.Status, path + ".status", context))
            {
                continue;
            }

            CheckText(risk.Evidence, path + ".evidence", context);
            if (risk.Status == RiskStatus.Absent && string.IsNullOrWhiteSpace(risk.Evidence))
            {
                context.Add(path + ".evidence", "is required for an Absent risk: absent is recorded only where a source shows the risk did not happen (docs/codebook.md)");
            }

            if (seen.TryGetValue(risk.Risk, out var first))
            {
                context.Add(path + ".risk", $"{risk.Risk} is already recorded at {Index("$.observed.risks", first)}");
            }
            else
            {
                seen[risk.Risk] = i;
                fields.Add(ObservedOutcome.RiskField(risk.Risk));
            }
        }
    }

    private static void ValidatePostHoc(IReadOnlyList<PostHocMark> marks, HashSet<string> fields, Context context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < marks.Count; i++)
        {
            var path = Index("$.observed.postHoc", i);
            if (marks[i] is not { } mark)
            {
                context.Add(path, "must not be null");
                continue;
            }

            CheckRequiredText(mark.Rulebook, path + ".rulebook", context);
            CheckRequiredText(mark.Change, path + ".change", context);
            if (!CheckRequiredText(mark.Field, path + ".field", context))
            {
                continue;
            }

            if (!fields.Contains(mark.Field))
            {
                var held = fields.Count == 0 ? "the record holds no field" : "the record holds " + string.Join(", ", fields.Order(StringComparer.Ordinal));
                context.Add(path + ".field", $"{Names.Quote(mark.Field)} is not a field of this record ({held})");
            }
            else if (seen.TryGetValue(mark.Field, out var first))
            {
                context.Add(path + ".field", $"{Names.Quote(mark.Field)} is already marked at {Index("$.observed.postHoc", first)}");
            }
            else
            {
                seen[mark.Field] = i;
            }
        }
    }

    private static void ValidateCodingDecisions(IReadOnlyList<string> decisions, Context context) =>
        ValidateCatalogueIds(decisions, "$.codingDecisions", "decisions", id => DecisionCatalogue.Find(id) is not null, "is not a decision of the catalogue (docs/decisions.md)", context);

    private static bool CheckRequiredText(string? value, string path, Context context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Add(path, "must not be empty");
            return false;
        }

        return CheckText(value, path, context);
    }

    private static void ValidateClaims(IReadOnlyList<string> claims, Context context) =>
        ValidateCatalogueIds(claims, "$.claims", "claims", id => ClaimCatalogue.Find(id) is not null, "is not a claim of the catalogue (C01 to C56)", context);

    /// <summary>A list of IDs from a catalogue: each one known, none given twice.</summary>
    private static void ValidateCatalogueIds(IReadOnlyList<string> ids, string path, string noun, Func<string, bool> known, string unknown, Context context)
    {
        CheckCount(ids.Count, ScenarioLimits.MaxListLength, path, noun, nameof(ScenarioLimits.MaxListLength), context);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is null || !known(ids[i]))
            {
                context.Add(Index(path, i), $"{Names.Quote(ids[i])} {unknown}");
            }
            else if (!seen.TryAdd(ids[i], i))
            {
                context.Add(Index(path, i), $"repeats {Index(path, seen[ids[i]])}");
            }
        }
    }

    private static void ValidateTexts(IReadOnlyList<string> texts, string path, Context context)
    {
        CheckCount(texts.Count, ScenarioLimits.MaxListLength, path, "entries", nameof(ScenarioLimits.MaxListLength), context);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                context.Add(Index(path, i), "must not be null");
            }
            else
            {
                CheckText(texts[i], Index(path, i), context);
            }
        }
    }

    private static bool IsActor(string name, ScenarioRoles roles, HashSet<string> powers) =>
        powers.Contains(name) || name == roles.HedgingState || name == roles.Neighbour;

    private static string OfferKey(GreatPowerOffer offer) => string.Create(
        CultureInfo.InvariantCulture,
        $"{offer.From}|{offer.Kind}|{string.Join(",", offer.Domains.Order())}|{offer.AnnualUsd}|{offer.ShareOfGdp}");

    /// <summary>A name: required unless said otherwise, short, no control or invisible characters, no spaces at its ends.</summary>
    private static bool CheckName([NotNullWhen(true)] string? value, string path, Context context, bool required = true)
    {
        if (value is null && !required)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            context.Add(path, "must not be empty");
            return false;
        }

        if (!CheckText(value, path, context, ScenarioLimits.MaxNameLength))
        {
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            context.Add(path, $"{Names.Quote(value)} has spaces at its start or end");
            return false;
        }

        if (Names.NameProblemWith(value, context.Declared) is { } problem)
        {
            context.Add(path, $"{Names.Quote(value)} {problem}");
            return false;
        }

        return true;
    }

    /// <summary>Free text (a title, a note): bounded, and nothing a terminal or a page would act on.</summary>
    private static bool CheckText(string? value, string path, Context context, int maxLength = ScenarioLimits.MaxTextLength)
    {
        if (value is null)
        {
            return true;
        }

        if (value.Length > maxLength)
        {
            context.Add(path, string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at most {maxLength} are accepted"));
            return false;
        }

        if (Names.ProblemWith(value) is { } problem)
        {
            context.Add(path, problem);
            return false;
        }

        return true;
    }

    /// <summary>An enum value the vocabulary defines: a scenario built in code can hold any number.</summary>
    private static bool CheckEnum<T>(T value, string path, Context context)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        context.Add(path, $"{Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} is not a {typeof(T).Name} (use {string.Join(", ", Enum.GetNames<T>())})");
        return false;
    }

    private static void CheckCount(int count, int max, string path, string what, string limit, Context context)
    {
        if (count > max)
        {
            context.Add(path, string.Create(CultureInfo.InvariantCulture, $"holds {count} {what}; at most {max} are accepted (ScenarioLimits.{limit})"));
        }
    }

    private static string SafeKey(string? name) => string.IsNullOrEmpty(name) ? "" : Names.Key(name);

    private static string DidYouMean(string name, IEnumerable<string> declared) =>
        Names.Closest(name, declared) is { } closest ? $"; did you mean {Names.Quote(closest)}?" : "";

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private sealed class Context(List<ScenarioError> errors, IEnumerable<string?> declared)
    {
        /// <summary>The actors' names as written, for saying which one a look-alike name passes for.</summary>
        public string[] Declared { get; } = [.. declared.OfType<string>().Distinct(StringComparer.Ordinal)];

        public void Add(string path, string message) => errors.Add(new ScenarioError(path, message));
    }
}
