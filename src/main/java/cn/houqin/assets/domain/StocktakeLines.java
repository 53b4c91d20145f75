package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StocktakeLines extends JpaRepository<AssetStocktakeLine, Long> {

	List<AssetStocktakeLine> findByStocktakeIdOrderByIdAsc(long stocktakeId);

	Optional<AssetStocktakeLine> findByStocktakeIdAndAssetId(long stocktakeId, long assetId);

	List<AssetStocktakeLine> findByTenantIdAndAssetId(long tenantId, long assetId);

}
