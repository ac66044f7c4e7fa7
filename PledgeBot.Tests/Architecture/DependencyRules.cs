namespace PledgeBot.Tests.Architecture;

/// <summary>Which folder (namespace) of PledgeBot.Dialogs and of the host may use which. A folder of PledgeBot.Dialogs
/// is a slice: the first name under PledgeBot.Dialogs (Engine, Content…), or Flows.X for each flow; the root namespace
/// (CampaignBot and the registration) composes them all. A host slice is the first name under PledgeBot.</summary>
internal static class DependencyRules
{
    public const string DialogsRoot = "PledgeBot.Dialogs";
    public const string HostRoot = "PledgeBot";

    /// <summary>What a flow, the safety check and the referral capture stand on: the engine and what it stands on.
    /// They reach the menu and "talk to someone" through the engine's ports (IMainMenu, IHelpOffer).</summary>
    private static readonly string[] s_feature = ["Activities", "Content", "Ports", "Engine"];

    /// <summary>The layers of PledgeBot.Dialogs, lowest first. Anything not listed here is a new arrow and fails;
    /// a new flow under Flows/ gets the feature row without being listed.</summary>
    public static IReadOnlyDictionary<string, string[]> Dialogs { get; } = new Dictionary<string, string[]>
    {
        ["Activities"] = [],
        ["Content"] = ["Activities"],
        ["Ports"] = ["Activities", "Content"],
        ["Engine"] = ["Activities", "Content", "Ports"],
        ["Safety"] = s_feature,
        ["Referrals"] = s_feature,
        ["Flows.Welcome"] = s_feature,
        ["Flows.Privacy"] = s_feature,
        // The counsellor chat ends on the menu (and steps aside for a menu choice) and offers the crisis choices.
        ["Flows.TalkToSomeone"] = [.. s_feature, "Flows.Welcome", "Safety"],
        // The pledge shows the privacy notice before its first question.
        ["Flows.Pledge"] = [.. s_feature, "Flows.Privacy"],
        // The quiz's last buttons are menu entries ("play again", "take the pledge").
        ["Flows.Quiz"] = [.. s_feature, "Flows.Welcome"],
        // A class session asks the quiz's questions with the quiz's card, and leaves its students at the menu.
        ["Flows.Classes"] = [.. s_feature, "Flows.Quiz", "Flows.Welcome"],
        ["(root)"] = ["*"],
    };

    /// <summary>Host arrows that must not exist. Any other host folder may use any other (a new folder is allowed
    /// unless a rule here forbids it); every host folder may use PledgeBot.Dialogs.</summary>
    public static IReadOnlyList<(string From, string To, string Why)> HostForbidden { get; } =
    [
        ("Store", "*", "the store is below every feature: it may use only Secrets, Privacy (the keyed id hash) and Settings"),
        ("Secrets", "*", "generated keys live in the store and nowhere else"),
        ("Auth", "*", "Bot Framework authentication is used by the channels, never the other way"),
        ("Health", "*", "health checks read the store's and channels' own checks through DI, not their types"),
    ];

    /// <summary>Exceptions to <see cref="HostForbidden"/>: the arrows those folders do need.</summary>
    public static IReadOnlyDictionary<string, string[]> HostAllowed { get; } = new Dictionary<string, string[]>
    {
        // Settings: reading renamed configuration keys, which every options class may do.
        ["Store"] = ["Secrets", "Privacy", "Settings"],
        ["Secrets"] = ["Store"],
        // The serviceUrls a verified token vouched for are shared through the store, so any instance may send.
        ["Auth"] = ["Store"],
        ["Health"] = [],
    };

    /// <summary>The arrows among <paramref name="arrows"/> (dependencies between slices) that the rules do not allow.</summary>
    public static IReadOnlyList<string> DialogsViolations(IEnumerable<(string From, string To)> arrows) =>
        [.. arrows.Distinct().Where(a => a.From != a.To && !DialogsAllows(a.From, a.To)).Select(a => $"{a.From} -> {a.To}").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> HostViolations(IEnumerable<(string From, string To)> arrows) =>
        [.. arrows.Distinct()
            .Where(a => a.From != a.To && HostForbidden.Any(f => f.From == a.From && (f.To == "*" || f.To == a.To))
                && !(HostAllowed.TryGetValue(a.From, out var allowed) && allowed.Contains(a.To)))
            .Select(a => $"{a.From} -> {a.To} ({HostForbidden.First(f => f.From == a.From).Why})")
            .Order(StringComparer.Ordinal)];

    /// <summary>The slices in a cycle or leading into one (empty when there is none): what is left after repeatedly taking away
    /// the slices that use no other slice still left.</summary>
    public static IReadOnlyList<string> Cycle(IEnumerable<(string From, string To)> arrows)
    {
        var edges = arrows.Where(a => a.From != a.To).Distinct().ToList();
        while (true)
        {
            var leaves = edges.Select(a => a.To).Where(to => !edges.Any(a => a.From == to)).ToHashSet(StringComparer.Ordinal);
            if (leaves.Count == 0)
            {
                return [.. edges.Select(a => a.From).Distinct().Order(StringComparer.Ordinal)];
            }

            edges.RemoveAll(a => leaves.Contains(a.To));
        }
    }

    private static bool DialogsAllows(string from, string to)
    {
        if (Dialogs.TryGetValue(from, out var allowed))
        {
            return allowed.Contains("*") || allowed.Contains(to);
        }

        return from.StartsWith("Flows.", StringComparison.Ordinal) && s_feature.Contains(to);
    }

    /// <summary>The slice of a namespace of PledgeBot.Dialogs: "Engine" for PledgeBot.Dialogs.Engine.Turns,
    /// "Flows.Quiz" for PledgeBot.Dialogs.Flows.Quiz, "(root)" for PledgeBot.Dialogs itself (and generated types outside any namespace).</summary>
    public static string DialogsSlice(string @namespace)
    {
        if (!@namespace.StartsWith(DialogsRoot + ".", StringComparison.Ordinal))
        {
            return "(root)";
        }

        var parts = @namespace[(DialogsRoot.Length + 1)..].Split('.');
        return parts[0] == "Flows" && parts.Length > 1 ? $"Flows.{parts[1]}" : parts[0];
    }

    /// <summary>The slice of a host namespace: "NativeChannels" for PledgeBot.Conversations.NativeChannels.Zalo, "(root)" for
    /// PledgeBot or the global namespace (Program).</summary>
    public static string HostSlice(string @namespace) =>
        @namespace.StartsWith(HostRoot + ".", StringComparison.Ordinal) ? @namespace[(HostRoot.Length + 1)..].Split('.')[0] : "(root)";
}
