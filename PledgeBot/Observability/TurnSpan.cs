using System.Diagnostics;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Store;
using BotActivity = PledgeBot.Dialogs.Activities.Activity;

namespace PledgeBot.Observability;

/// <summary>One turn as a span ("turn") and as metrics: the channel, the activity type, the flow and step the
/// conversation waits at, the outcome. Never a user id, a conversation id or text (Decree 13/2023).</summary>
public sealed class TurnSpan : IDisposable
{
    public const string Name = "turn";

    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly string _channel;
    private readonly StoreRoundTripCount _roundTrips = StoreRoundTrips.Begin();
    private string _outcome = "error";

    private TurnSpan(BotActivity activity, ActivityContext parent)
    {
        _channel = activity.ChannelId ?? "none";
        _span = PledgeBotTelemetry.Source.StartActivity(Name, ActivityKind.Internal, parent);
        _span?.SetTag(TurnTags.Channel, _channel);
        _span?.SetTag(TurnTags.ActivityType, activity.Type ?? "none");
    }

    /// <summary>Starts the span under <paramref name="parent"/>, or under the current span when it is default.</summary>
    public static TurnSpan Start(BotActivity activity, ActivityContext parent = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new TurnSpan(activity, parent);
    }

    /// <summary>Where a queued turn came from: the request that delivered it, captured before the turn waits in line.</summary>
    public static ActivityContext CurrentContext() => Activity.Current?.Context ?? default;

    public void Complete(TurnResult turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _outcome = turn switch
        {
            { Duplicate: true } => "duplicate",
            { Failed: true } => "failed",
            { Replies.Count: 0 } => "silent",
            _ => "replied",
        };
        _span?.SetTag(TurnTags.Flow, turn.Flow ?? "none");
        _span?.SetTag(TurnTags.Step, turn.Step ?? -1);
        _span?.SetTag(TurnTags.Replies, turn.Replies.Count);
        if (turn.Failed)
        {
            _span?.SetStatus(ActivityStatusCode.Error, "failed");
        }
    }

    public void Dispose()
    {
        _span?.SetTag(TurnTags.Outcome, _outcome);
        if (_outcome == "error")
        {
            // An exception escaped the error middleware (the store down); its message could quote the user, so no text.
            _span?.SetStatus(ActivityStatusCode.Error, "error");
        }

        _roundTrips.Stop();
        _span?.SetTag(TurnTags.StoreRoundTrips, _roundTrips.Value);
        HostMetrics.Turn(_channel, _outcome, Stopwatch.GetElapsedTime(_started), _roundTrips.Value);
        _span?.Dispose();
    }
}
