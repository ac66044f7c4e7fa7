namespace PledgeBot.Classes;

/// <summary>The teacher's buttons: start the first question, show the answer, go to the next question, end the class.</summary>
public enum ClassMove
{
    Start,
    Reveal,
    Next,
    End,
}
