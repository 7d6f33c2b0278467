using CnappAi.Modules.Risk.ScoreRisk;

namespace CnappAi.Tests.Risk.ScoreRisk;

public class RiskFactorsCodecTests
{
    [Fact]
    public void EncodeDecode_RoundTripsEveryFactorAndTheSsvcDecision()
    {
        var result = RiskTestData.Model().Score(
            RiskTestData.Vulnerability("CVE-2021-41773", 7.5, RiskTestData.InternetFacingProdHost, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"), RiskTestData.Intel);

        var encoded = RiskFactorsCodec.Encode(result);
        var (model, raw, factors, ssvc) = RiskFactorsCodec.Decode(encoded);

        encoded.Length.ShouldBeLessThan(700);
        model.ShouldBe(RiskModel.Name);
        raw.ShouldBe(result.RawTotal);
        factors.Select(f => (f.Code, f.Input, f.Contribution)).ShouldBe(result.Factors.Select(f => (f.Code, f.Input, f.Contribution)));
        factors.Single(f => f.Code == FactorCodes.CrownJewel).Name.ShouldBe("Crown jewel");
        ssvc.ShouldBe(result.Ssvc, new SsvcComparer());
    }

    [Fact]
    public void Decode_NothingStored_ListsEveryFactorAsUnknown()
    {
        var (_, raw, factors, ssvc) = RiskFactorsCodec.Decode(null);

        raw.ShouldBe(0);
        factors.Count.ShouldBe(FactorCodes.All.Count);
        factors.ShouldAllBe(f => f.Contribution == 0);
        ssvc.ShouldBeNull();
    }

    private sealed class SsvcComparer : IEqualityComparer<CnappAi.Modules.Risk.Contracts.SsvcDecision?>
    {
        public bool Equals(CnappAi.Modules.Risk.Contracts.SsvcDecision? x, CnappAi.Modules.Risk.Contracts.SsvcDecision? y) =>
            x is not null && y is not null && x.Outcome == y.Outcome && x.Exploitation == y.Exploitation && x.Automatable == y.Automatable
            && x.TotalTechnicalImpact == y.TotalTechnicalImpact && x.MissionImpact == y.MissionImpact && x.Evidence.OrderBy(e => e.Key).SequenceEqual(y.Evidence.OrderBy(e => e.Key));

        public int GetHashCode(CnappAi.Modules.Risk.Contracts.SsvcDecision? obj) => obj?.Outcome.GetHashCode() ?? 0;
    }
}
