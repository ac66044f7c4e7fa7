using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Staff.Funnel;

/// <summary>The flows with a funnel (their milestone steps are marked in the flow).</summary>
public static class FunnelFlows
{
    public static IReadOnlyList<string> All { get; } = [PledgeFlow.FlowId, QuizFlow.FlowId];
}
