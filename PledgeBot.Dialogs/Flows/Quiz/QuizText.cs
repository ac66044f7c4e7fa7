using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>Typed keys of the quiz's texts; the words live in Content/vi/quiz.json and Content/en/quiz.json.</summary>
public static class QuizText
{
    /// <summary>{total}: questions in the round.</summary>
    public static readonly TextKey Intro = new("quiz.intro");

    /// <summary>{number} of {total}, the {question} and its {options}, one per line.</summary>
    public static readonly TextKey Question = new("quiz.question");

    /// <summary>{explanation}.</summary>
    public static readonly TextKey Right = new("quiz.right");

    /// <summary>The right option's {letter} and {answer}, then the {explanation}.</summary>
    public static readonly TextKey Wrong = new("quiz.wrong");

    public static readonly TextKey NotUnderstood = new("quiz.notUnderstood");

    /// <summary>{score} of {total}, then the {badge}.</summary>
    public static readonly TextKey Score = new("quiz.score");

    public static readonly TextKey BadgeGold = new("quiz.badgeGold");
    public static readonly TextKey BadgeSilver = new("quiz.badgeSilver");
    public static readonly TextKey BadgeTryAgain = new("quiz.badgeTryAgain");
    public static readonly TextKey Offer = new("quiz.offer");
    public static readonly TextKey PlayAgain = new("quiz.playAgain");
    public static readonly TextKey TakePledge = new("quiz.takePledge");

    /// <summary>The content changed under a round and one of its questions is gone.</summary>
    public static readonly TextKey Updated = new("quiz.updated");
}
