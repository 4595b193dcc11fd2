namespace DiplomacyGraph.Extraction.Evaluation;

/// <summary>One scorer row: true positives, predicted and gold counts, and the micro-averaged P/R/F1.</summary>
public sealed record ScoreRow(string Name, int Tp, int Pred, int Gold)
{
    public double Precision => Pred != 0 ? (double)Tp / Pred : Gold == 0 ? 1.0 : 0.0;

    public double Recall => Gold != 0 ? (double)Tp / Gold : 1.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}
