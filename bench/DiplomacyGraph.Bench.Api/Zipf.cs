namespace DiplomacyGraph.Bench.Api;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few heavy hitters, a long tail.</summary>
internal sealed class Zipf
{
    private readonly double[] _cdf;

    public Zipf(int n, double s)
    {
        _cdf = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, s);
            _cdf[i] = sum;
        }
        for (var i = 0; i < n; i++) _cdf[i] /= sum;
    }

    public int Next(Random random)
    {
        var i = Array.BinarySearch(_cdf, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, _cdf.Length - 1);
    }
}
