namespace PledgeBot.Observability;

/// <summary>The attribute names of a turn span; the only ones PledgeBot sets (docs/operations.md lists them).</summary>
public static class TurnTags
{
    public const string Channel = "pledgebot.channel";
    public const string ActivityType = "pledgebot.activity.type";
    public const string Flow = "pledgebot.flow";
    public const string Step = "pledgebot.step";
    public const string Replies = "pledgebot.replies";
    public const string Outcome = "pledgebot.outcome";
    public const string StoreRoundTrips = "pledgebot.store.round_trips";
}
