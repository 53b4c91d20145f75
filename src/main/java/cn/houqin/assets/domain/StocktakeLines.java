package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StocktakeLines extends JpaRepository<StocktakeLine, Long> {

	List<StocktakeLine> findByStocktakeIdOrderByIdAsc(long stocktakeId);

	Optional<StocktakeLine> findByStocktakeIdAndAssetId(long stocktakeId, long assetId);

	List<StocktakeLine> findByTenantIdAndAssetId(long tenantId, long assetId);

}
