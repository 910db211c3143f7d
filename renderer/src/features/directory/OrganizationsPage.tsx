// Danh bạ — Cơ quan: the tree by parent, and the form of the selected body.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Segmented, Tree } from 'antd';
import { useMemo, useState } from 'react';
import type { OrganizationFamily } from '../../../../shared/exchange';
import { PageHeader } from '../../components/PageHeader';
import { newId } from '../../lib/ids';
import { invalidateOrganizations, useOrganizations } from '../../lib/organizations';
import { useWindowTitle } from '../../shell/commands';
import { OrganizationForm } from './OrganizationForm';
import { buildOrgTree } from './orgTree';

/** `organizationId`: a body to open at once (from search, `#/organizations?id=…`). */
export function OrganizationsPage({ organizationId }: { organizationId?: string | undefined } = {}) {
  const organizations = useOrganizations();
  const [family, setFamily] = useState<OrganizationFamily | 'all'>('all');
  const [selected, setSelected] = useState<{ id: string; isNew: boolean } | null>(
    organizationId ? { id: organizationId, isNew: false } : null,
  );
  const name = organizations.find((o) => o.id === selected?.id)?.name;
  useWindowTitle(selected ? (name ?? 'Cơ quan mới') : 'Cơ quan');
  const tree = useMemo(
    () => buildOrgTree(family === 'all' ? organizations : organizations.filter((o) => o.family === family)),
    [organizations, family],
  );

  return (
    <>
      <PageHeader
        title="Cơ quan"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setSelected({ id: newId(), isNew: true })}
          >
            Thêm cơ quan
          </Button>
        }
      />
      <Row gutter={16}>
        <Col span={10}>
          <Card>
            <Segmented
              value={family}
              onChange={(v) => setFamily(v as OrganizationFamily | 'all')}
              options={[
                { value: 'all', label: 'Tất cả' },
                { value: 'state', label: 'Nhà nước' },
                { value: 'party', label: 'Đảng' },
              ]}
              style={{ marginBottom: 12 }}
            />
            {tree.length ? (
              <Tree
                aria-label="Cây cơ quan"
                defaultExpandAll
                blockNode
                treeData={tree}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (typeof key === 'string') setSelected({ id: key, isNew: false });
                }}
              />
            ) : (
              <Empty description="Chưa có cơ quan nào" />
            )}
          </Card>
        </Col>
        <Col span={14}>
          {selected ? (
            <OrganizationForm
              key={selected.id}
              id={selected.id}
              isNew={selected.isNew}
              onSaved={(id) => {
                invalidateOrganizations();
                setSelected({ id, isNew: false });
              }}
              onDeleted={() => {
                invalidateOrganizations();
                setSelected(null);
              }}
            />
          ) : (
            <Card>
              <span className="muted">Chọn một cơ quan trong cây để xem và sửa.</span>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
