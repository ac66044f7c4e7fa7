using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.Messages;

/// <summary>A request body turned into a valid activity, or the problem to answer instead.</summary>
internal sealed record ActivityReadResult
{
    private ActivityReadResult(Activity? activity, ProblemHttpResult? problem)
    {
        Activity = activity;
        Problem = problem;
    }

    public Activity? Activity { get; }

    public ProblemHttpResult? Problem { get; }

    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Activity is not null;

    public static ActivityReadResult Read(Activity activity) => new(activity, null);

    public static ActivityReadResult Failed(ProblemHttpResult problem) => new(null, problem);
}
