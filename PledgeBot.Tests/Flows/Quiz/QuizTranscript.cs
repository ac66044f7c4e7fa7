using System.Globalization;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Quiz;

/// <summary>The quiz's lines of a transcript, each asserted through the quiz's content keys.</summary>
public static class QuizTranscript
{
    public static Transcript Introduces(this Transcript transcript, QuizRound round) => transcript
        .Bot(QuizText.Intro, [("total", Number(round.Count))])
        .Asks(round, 1);

    public static Transcript Asks(this Transcript transcript, QuizRound round, int number) =>
        transcript.Bot(QuizText.Question, round.QuestionArguments(number), round.Buttons(number));

    /// <summary>The not-understood hint, then the same question, in one message.</summary>
    public static Transcript AsksAgain(this Transcript transcript, QuizRound round, int number, string hint) =>
        transcript.BotContaining(hint + "\n\n" + round.QuestionText(number));

    /// <summary>The user answers question <paramref name="number"/> with <paramref name="answer"/>, which is right:
    /// the bot says so with the explanation, then asks the next question if there is one.</summary>
    public static Transcript AnswersRight(this Transcript transcript, QuizRound round, int number, string answer) =>
        Next(transcript.User(answer).Bot(QuizText.Right, round.FeedbackArguments(number)), round, number);

    /// <summary>Every question of the round answered right, by letter.</summary>
    public static Transcript AnswersAllRight(this Transcript transcript, QuizRound round)
    {
        for (var number = 1; number <= round.Count; number++)
        {
            transcript = transcript.AnswersRight(round, number, round.RightLetter(number));
        }

        return transcript;
    }

    public static Transcript AnswersWrong(this Transcript transcript, QuizRound round, int number) =>
        Next(transcript.User(round.WrongLetter(number)).Bot(QuizText.Wrong, round.FeedbackArguments(number)), round, number);

    /// <summary>The score out of five with <paramref name="badge"/>, then the offer to play again or take the pledge.</summary>
    public static Transcript Scores(this Transcript transcript, QuizGame game, int score, TextKey badge) => transcript
        .Bot(QuizText.Score, [("score", Number(score)), ("total", Number(QuizFlow.RoundLength)), ("badge", game.Content.Get(game.Language, badge))])
        .Bot(QuizText.Offer, game.Content.Get(game.Language, QuizText.PlayAgain), game.Content.Get(game.Language, QuizText.TakePledge));

    private static Transcript Next(Transcript transcript, QuizRound round, int number) =>
        number < round.Count ? transcript.Asks(round, number + 1) : transcript;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
