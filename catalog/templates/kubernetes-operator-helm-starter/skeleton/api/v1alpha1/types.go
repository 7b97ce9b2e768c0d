// Package v1alpha1 holds the ${{ values.kind }} custom resource of ${{ values.group }}.
package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	GroupVersion  = schema.GroupVersion{Group: "${{ values.group }}", Version: "v1alpha1"}
	SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// ${{ values.kind }}Spec is the desired state.
type ${{ values.kind }}Spec struct {
	// StorageClass of the volumes the operator creates.
	StorageClass string `json:"storageClass,omitempty"`
}

// ${{ values.kind }}Status is the observed state.
type ${{ values.kind }}Status struct {
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// ${{ values.kind }} is the Schema for the API.
type ${{ values.kind }} struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              ${{ values.kind }}Spec   `json:"spec,omitempty"`
	Status            ${{ values.kind }}Status `json:"status,omitempty"`
}
