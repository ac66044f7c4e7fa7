using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>Actions cut to a platform's limit: what is shown (ending with "More…" when cut), what the "More…" tap
/// brings, and the numbered list of every option to append to the text (null when nothing was cut).</summary>
public sealed record ActionFit(IReadOnlyList<CardAction> Shown, IReadOnlyList<CardAction> Rest, string? NumberedList)
{
    public bool Cut => Rest.Count > 0;
}
