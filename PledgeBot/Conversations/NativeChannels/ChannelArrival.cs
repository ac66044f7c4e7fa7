using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>What one verified delivery brought: the activities to run, in order, and the kinds of what the bot does not
/// handle (echoes, receipts, unknown events), which are only counted and logged.</summary>
public sealed record ChannelArrival(IReadOnlyList<Activity> Activities, IReadOnlyList<string> Ignored)
{
    public static ChannelArrival Of(Activity activity) => new([activity], []);

    public static ChannelArrival Ignore(string kind) => new([], [kind]);
}
