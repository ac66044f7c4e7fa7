using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>The end of a round: the score with its badge, then the offer to play again or take the pledge.</summary>
internal static class QuizResult
{
    public static void Send(TurnContext turn, QuizState state)
    {
        var total = state.Questions.Count;
        var badge = turn.Content.Get(turn.Language, Badge(state.Score, total));
        turn.Say(QuizText.Score, null, ("score", QuizCard.Number(state.Score)), ("total", QuizCard.Number(total)), ("badge", badge));
        turn.Say(QuizText.Offer, Offer(turn));
    }

    /// <summary>Gold for every answer right, silver for three in five or better, otherwise "try again".</summary>
    public static TextKey Badge(int score, int total) =>
        total > 0 && score >= total ? QuizText.BadgeGold
        : total > 0 && score * 5 >= total * 3 ? QuizText.BadgeSilver
        : QuizText.BadgeTryAgain;

    // The buttons send the main menu's own titles, so a tap starts the quiz or the pledge through the menu.
    private static SuggestedActions Offer(TurnContext turn) => new()
    {
        Actions =
        [
            CardAction.ImBack(turn.Content.Get(turn.Language, QuizText.PlayAgain), turn.Content.ChoiceTitle(turn.Language, MainMenu.Quiz)),
            CardAction.ImBack(turn.Content.Get(turn.Language, QuizText.TakePledge), turn.Content.ChoiceTitle(turn.Language, MainMenu.Pledge)),
        ],
    };
}
