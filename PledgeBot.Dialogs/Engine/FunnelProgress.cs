using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Counts each funnel step once per conversation: the conversation's state remembers the steps it reached
/// (flow, content version, step), and a step reached for the first time is queued on the turn for the state store to
/// count with the turn's state write, so a turn re-run after a version conflict counts nothing twice.</summary>
public static class FunnelProgress
{
    /// <summary>Steps remembered per conversation; the oldest go first (a conversation that outlives many content edits).</summary>
    public const int MaxRemembered = 64;

    public static void Reach(TurnContext turn, string flow, int ordinal, string name)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var version = turn.Content.Version;
        var id = $"{flow}|{version}|{ordinal}";
        if (turn.State.FunnelReached.Contains(id, StringComparer.Ordinal))
        {
            return;
        }

        turn.State = turn.State with { FunnelReached = [.. turn.State.FunnelReached.TakeLast(MaxRemembered - 1), id] };
        turn.CountFunnelStep(new FunnelStep(flow, version, ordinal, name, turn.State.ReferralCode, turn.Clock.GetUtcNow()));
    }
}
