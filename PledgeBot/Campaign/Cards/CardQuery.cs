using System.Globalization;
using System.Text.RegularExpressions;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Campaign.Cards;

/// <summary>The query of a pledge card URL: <c>n</c> the pledge number, <c>p</c> pledge ids joined by dots, <c>c</c> the
/// invite code, <c>l</c> the language, <c>s</c> the signature. The one place that writes it, reads it, checks it and
/// spells what is signed.</summary>
internal static partial class CardQuery
{
    public const int MaxLength = 1024;
    public const long MaxNumber = 1_000_000_000;
    public const int MaxPledges = 10;

    private static readonly string[] s_parameters = ["n", "p", "c", "l", "s"];

    public static string Format(PledgeCard card, string signature) =>
        string.Create(CultureInfo.InvariantCulture, $"n={card.Number}&p={string.Join('.', card.PledgeIds)}&c={card.InviteCode}&l={card.Language}&s={signature}");

    // What the signature covers. The version lets the format change without an old card verifying as a new one.
    public static string Canonical(PledgeCard card) =>
        string.Create(CultureInfo.InvariantCulture, $"pledge-card/v1\n{card.Number}\n{string.Join('.', card.PledgeIds)}\n{card.InviteCode}\n{card.Language}");

    /// <summary>Reads a card and its signature from a query; on failure, the reasons by parameter.</summary>
    public static bool TryParse(string rawQuery, IQueryCollection query, out PledgeCard card, out string signature,
        out Dictionary<string, string[]> errors)
    {
        card = new PledgeCard(0, [], string.Empty, string.Empty);
        signature = string.Empty;
        errors = [];
        if (rawQuery.Length > MaxLength)
        {
            errors["query"] = [$"The query is longer than {MaxLength} characters."];
            return false;
        }

        foreach (var name in s_parameters)
        {
            var count = query[name].Count;
            if (count != 1 || string.IsNullOrEmpty(query[name][0]))
            {
                errors[name] = [count > 1 ? $"'{name}' is given {count} times." : $"'{name}' is required."];
            }
        }

        if (errors.Count > 0)
        {
            return false;
        }

        var number = query["n"][0]!;
        if (number.Length > 10 || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            errors["n"] = ["'n' is not a whole number."];
            return false;
        }

        card = new PledgeCard(parsed, query["p"][0]!.Split('.'), query["c"][0]!, query["l"][0]!);
        signature = query["s"][0]!;
        errors = Validate(card);
        return errors.Count == 0;
    }

    /// <summary>What is wrong with a card as a URL would carry it, by parameter; empty when nothing is.</summary>
    public static Dictionary<string, string[]> Validate(PledgeCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var errors = new Dictionary<string, string[]>();
        if (card.Number is < 1 or > MaxNumber)
        {
            errors["n"] = [$"'n' must be from 1 to {MaxNumber:D}."];
        }

        if (card.PledgeIds is not { Count: >= 1 and <= MaxPledges })
        {
            errors["p"] = [$"'p' must name 1 to {MaxPledges} pledges."];
        }
        else if (card.PledgeIds.FirstOrDefault(id => id is null || !PledgeId().IsMatch(id)) is { } bad)
        {
            errors["p"] = [$"'{bad}' is not a pledge id."];
        }
        else if (card.PledgeIds.Distinct(StringComparer.Ordinal).Count() != card.PledgeIds.Count)
        {
            errors["p"] = ["'p' names a pledge twice."];
        }

        if (card.InviteCode is null || !InviteCode().IsMatch(card.InviteCode))
        {
            errors["c"] = ["'c' must be 3 to 32 capital letters or digits."];
        }

        if (card.Language is not ("vi" or "en"))
        {
            errors["l"] = ["'l' must be vi or en."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,48}$")]
    private static partial Regex PledgeId();

    [GeneratedRegex("^[A-Z0-9]{3,32}$")]
    private static partial Regex InviteCode();
}
