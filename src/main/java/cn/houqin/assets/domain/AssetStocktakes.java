package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetStocktakes extends JpaRepository<AssetStocktake, Long> {

	Optional<AssetStocktake> findByTenantIdAndId(long tenantId, long id);

	List<AssetStocktake> findByTenantIdOrderByIdDesc(long tenantId);

	List<AssetStocktake> findByTenantIdAndStatus(long tenantId, AssetStocktakeStatus status);

}
