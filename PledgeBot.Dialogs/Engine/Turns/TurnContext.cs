using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>One incoming activity and what the bot answers to it. Replies are collected, not sent: the host delivers
/// them once the turn's state is saved, so a turn retried after a version conflict never speaks twice.</summary>
public sealed class TurnContext(Activity activity, TimeProvider clock, ContentCatalog content)
{
    private readonly List<Activity> _replies = [];
    private readonly List<Func<CancellationToken, Task>> _afterSave = [];
    private readonly List<FunnelStep> _funnelSteps = [];
    private GlobalCommand? _command;

    public Activity Activity { get; } = activity;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The content snapshot this turn speaks from.</summary>
    public ContentCatalog Content { get; } = content;

    /// <summary>The language replies are written in; set from the locale, then from state.</summary>
    public Language Language { get; set; } = Languages.FromLocale(activity.Locale);

    /// <summary>The conversation's state for this turn; saved by <see cref="ConversationStateMiddleware"/>.</summary>
    public ConversationState State { get; set; } = new();

    public IReadOnlyList<Activity> Replies => _replies;

    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Set by "delete my data": the state is deleted at the end of the turn instead of saved.</summary>
    public bool DeleteState { get; set; }

    /// <summary>True when the activity was already processed and the turn did nothing.</summary>
    public bool Duplicate { get; set; }

    /// <summary>Set by <see cref="TurnErrorMiddleware"/> when it answered a failure with its apology.</summary>
    public bool Failed { get; set; }

    public string ChannelId => Activity.ChannelId ?? string.Empty;

    /// <summary>The user's message text, trimmed; empty for other activity types.</summary>
    public string Text => Activity.IsType(ActivityTypes.Message) ? Activity.Text?.Trim() ?? string.Empty : string.Empty;

    /// <summary>The global command the message is, recognised once per turn however many middlewares ask.</summary>
    public GlobalCommand Command => _command ??= GlobalCommands.Recognize(Text, Content);

    /// <summary>The safety analysis of the message, kept for the turn: a turn re-run after a version conflict does not
    /// pay for the analysis (possibly an Azure call) twice.</summary>
    public TextAnalysis? Analysis { get; set; }

    /// <summary>Queues a reply addressed back to the sender, in the turn's language.</summary>
    public Activity Send(string text, SuggestedActions? suggestedActions = null, IReadOnlyList<Attachment>? attachments = null)
    {
        var reply = Activity.CreateReply(Clock.GetUtcNow(), Language.Locale()) with
        {
            Text = text,
            TextFormat = "plain",
            SuggestedActions = suggestedActions,
            Attachments = attachments,
            InputHint = suggestedActions is null ? "acceptingInput" : "expectingInput",
        };
        _replies.Add(reply);
        return reply;
    }

    /// <summary>Queues the text of <paramref name="key"/> in the turn's language.</summary>
    public Activity Say(TextKey key, SuggestedActions? suggestedActions = null, params (string Name, string Value)[] arguments) =>
        Send(Content.Get(Language, key, arguments), suggestedActions);

    /// <summary>Queues an activity built elsewhere (an event such as handoff.initiate).</summary>
    public void Queue(Activity activity) => _replies.Add(activity);

    /// <summary>Swaps the last queued reply for an amended copy (buttons added after the fact).</summary>
    public void ReplaceLast(Activity reply) => _replies[^1] = reply;

    /// <summary>Swaps the reply queued at <paramref name="index"/> for an amended copy (a lead put before a question).</summary>
    public void ReplaceAt(int index, Activity reply) => _replies[index] = reply;

    /// <summary>Counts to write once the turn's state is saved (a finished quiz, a help entry): a turn re-run after a
    /// version conflict, or one that failed, counts nothing twice and nothing at all.</summary>
    public void AfterSave(Func<CancellationToken, Task> effect) => _afterSave.Add(effect);

    public IReadOnlyList<Func<CancellationToken, Task>> AfterSaveEffects => _afterSave;

    /// <summary>Funnel steps reached for the first time this turn, counted with the state write (FunnelProgress).</summary>
    public void CountFunnelStep(FunnelStep step) => _funnelSteps.Add(step);

    public IReadOnlyList<FunnelStep> FunnelSteps => _funnelSteps;

    /// <summary>Drops what an attempt produced — replies, invoke response, pending counts — before a re-run or an apology.</summary>
    public void ClearReplies()
    {
        _replies.Clear();
        _afterSave.Clear();
        _funnelSteps.Clear();
        InvokeResponse = null;
        DeleteState = false;
    }
}
